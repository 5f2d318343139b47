import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DeskBooking, MoveBooking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ifMatch, invalidateDesk } from "./invalidate-desk";

interface MoveVariables {
  booking: Pick<DeskBooking, "id" | "version">;
  move: MoveBooking;
}

/** POST /desk/bookings/{id}/move (If-Match): the new space and time, and why. */
export function moveBooking({ booking, move }: MoveVariables, signal?: AbortSignal): Promise<DeskBooking> {
  return apiSend("POST", `/desk/bookings/${encodeURIComponent(booking.id)}/move`, MoveBooking.parse(move), DeskBooking, {
    headers: ifMatch(booking.version),
    signal,
  });
}

export function useMoveBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MoveVariables) => moveBooking(variables),
    onSettled: () => invalidateDesk(queryClient),
  });
}
