import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DeskBooking, RejectBooking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ifMatch, invalidateDesk } from "./invalidate-desk";

interface RejectVariables {
  booking: Pick<DeskBooking, "id" | "version">;
  reason: string;
}

/** POST /desk/bookings/{id}/reject (If-Match) with the reason the booker is shown. */
export function rejectBooking({ booking, reason }: RejectVariables, signal?: AbortSignal): Promise<DeskBooking> {
  return apiSend("POST", `/desk/bookings/${encodeURIComponent(booking.id)}/reject`, RejectBooking.parse({ reason }), DeskBooking, {
    headers: ifMatch(booking.version),
    signal,
  });
}

export function useRejectBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RejectVariables) => rejectBooking(variables),
    onSettled: () => invalidateDesk(queryClient),
  });
}
