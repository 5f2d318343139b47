import { useMutation, useQueryClient } from "@tanstack/react-query";
import { WaitlistEntry } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { waitlistKeys } from "./waitlist-keys";

/** DELETE /waitlist/{id}: out of line; an open offer goes to the next. */
export function leaveWaitlist(id: string): Promise<WaitlistEntry> {
  return apiSend("DELETE", `/waitlist/${encodeURIComponent(id)}`, undefined, WaitlistEntry);
}

export function useLeaveWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveWaitlist,
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.list() }),
  });
}
