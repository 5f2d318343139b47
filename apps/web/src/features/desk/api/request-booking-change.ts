import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DeskBooking, RequestChange } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ifMatch, invalidateDesk } from "./invalidate-desk";

interface RequestChangeVariables {
  booking: Pick<DeskBooking, "id" | "version">;
  message: string;
}

/** POST /desk/bookings/{id}/request-change (If-Match): the booker is asked for a change; the request keeps waiting. */
export function requestBookingChange({ booking, message }: RequestChangeVariables, signal?: AbortSignal): Promise<DeskBooking> {
  return apiSend("POST", `/desk/bookings/${encodeURIComponent(booking.id)}/request-change`, RequestChange.parse({ message }), DeskBooking, {
    headers: ifMatch(booking.version),
    signal,
  });
}

export function useRequestBookingChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RequestChangeVariables) => requestBookingChange(variables),
    onSettled: () => invalidateDesk(queryClient),
  });
}
