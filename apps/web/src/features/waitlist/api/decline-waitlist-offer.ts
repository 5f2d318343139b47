import { useMutation, useQueryClient } from "@tanstack/react-query";
import { WaitlistEntry } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { waitlistKeys } from "./waitlist-keys";

/** POST /waitlist/{id}/decline: the next in line is offered the time. */
export function declineWaitlistOffer(id: string): Promise<WaitlistEntry> {
  return apiSend("POST", `/waitlist/${encodeURIComponent(id)}/decline`, undefined, WaitlistEntry);
}

export function useDeclineWaitlistOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineWaitlistOffer,
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.list() }),
  });
}
