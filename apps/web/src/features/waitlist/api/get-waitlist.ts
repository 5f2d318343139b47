import { queryOptions, useQuery } from "@tanstack/react-query";
import { WaitlistEntryList, type WaitlistEntry } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { waitlistKeys } from "./waitlist-keys";

/** GET /waitlist: the caller's entries whose time has not ended, by start. */
export function getWaitlist(signal?: AbortSignal): Promise<WaitlistEntry[]> {
  return apiGet("/waitlist", WaitlistEntryList, signal);
}

export function waitlistQueryOptions() {
  return queryOptions({ queryKey: waitlistKeys.list(), queryFn: ({ signal }) => getWaitlist(signal) });
}

export function useWaitlist() {
  return useQuery(waitlistQueryOptions());
}
