import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Approval, type DeskBooking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ifMatch, invalidateDesk } from "./invalidate-desk";

type Target = Pick<DeskBooking, "id" | "version">;

/** POST /desk/bookings/{id}/approve (If-Match): the approved booking and the competing requests it rejected. */
export function approveBooking(booking: Target, signal?: AbortSignal): Promise<Approval> {
  return apiSend("POST", `/desk/bookings/${encodeURIComponent(booking.id)}/approve`, undefined, Approval, {
    headers: ifMatch(booking.version),
    signal,
  });
}

export function useApproveBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (booking: Target) => approveBooking(booking),
    onSettled: () => invalidateDesk(queryClient),
  });
}
