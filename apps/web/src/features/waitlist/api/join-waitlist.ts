import { useMutation, useQueryClient } from "@tanstack/react-query";
import { WaitlistEntry, type JoinWaitlist } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { waitlistKeys } from "./waitlist-keys";

/** POST /waitlist: in line for a taken space and time, with the booking one would make. */
export function joinWaitlist(request: JoinWaitlist): Promise<WaitlistEntry> {
  return apiSend("POST", "/waitlist", request, WaitlistEntry);
}

export function useJoinWaitlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: joinWaitlist,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.list() }),
  });
}
