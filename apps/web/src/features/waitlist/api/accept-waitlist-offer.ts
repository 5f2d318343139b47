import { useMutation, useQueryClient } from "@tanstack/react-query";
import { WaitlistAccepted } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { waitlistKeys } from "./waitlist-keys";

/** POST /waitlist/{id}/accept: books the offered time (confirmed, or a request for the front desk). */
export function acceptWaitlistOffer(id: string): Promise<WaitlistAccepted> {
  return apiSend("POST", `/waitlist/${encodeURIComponent(id)}/accept`, undefined, WaitlistAccepted);
}

/** The entry's new status either way; the new booking is in the user's bookings too. */
export function useAcceptWaitlistOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptWaitlistOffer,
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.list() }),
  });
}
