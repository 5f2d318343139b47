import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DeskBooking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ifMatch, invalidateDesk } from "./invalidate-desk";

type Target = Pick<DeskBooking, "id" | "version">;

/** POST /desk/bookings/{id}/check-in, with the version seen (a stale one is 412). */
export function checkInBooking(booking: Target, signal?: AbortSignal): Promise<DeskBooking> {
  return apiSend("POST", `/desk/bookings/${encodeURIComponent(booking.id)}/check-in`, undefined, DeskBooking, {
    headers: ifMatch(booking.version),
    signal,
  });
}

export function useCheckInBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (booking: Target) => checkInBooking(booking),
    onSettled: () => invalidateDesk(queryClient),
  });
}
