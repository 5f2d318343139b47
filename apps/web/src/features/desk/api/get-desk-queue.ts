import { queryOptions, useQuery } from "@tanstack/react-query";
import { DeskQueue } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { deskKeys } from "./desk-keys";

/** GET /desk/centres/{id}/queue: the centre's waiting requests, in conflict sets. */
export function getDeskQueue(centreId: string, signal?: AbortSignal): Promise<DeskQueue> {
  return apiGet(`/desk/centres/${encodeURIComponent(centreId)}/queue`, DeskQueue, signal);
}

export function deskQueueQueryOptions(centreId: string) {
  return queryOptions({
    queryKey: deskKeys.queue(centreId),
    queryFn: ({ signal }) => getDeskQueue(centreId, signal),
  });
}

export function useDeskQueue(centreId: string) {
  return useQuery(deskQueueQueryOptions(centreId));
}
