import { useMutation } from "@tanstack/react-query";
import { CheckedIn } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";

export interface CheckInVariables {
  id: string;
  /** The token from the confirmation's check-in link. */
  token: string;
}

/** POST /bookings/{id}/check-in?token=: the organiser is here; the time is not released. */
export function checkIn({ id, token }: CheckInVariables): Promise<CheckedIn> {
  const search = new URLSearchParams({ token }).toString();
  return apiSend("POST", `/bookings/${encodeURIComponent(id)}/check-in?${search}`, undefined, CheckedIn);
}

export function useCheckIn() {
  return useMutation({ mutationFn: checkIn });
}
