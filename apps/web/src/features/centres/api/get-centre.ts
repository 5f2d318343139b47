import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { Centre } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { centreKeys } from "./centre-keys";

/** GET /centres/{id}: one centre, parsed with the contract. */
export function getCentre(id: string, signal?: AbortSignal): Promise<Centre> {
  return apiGet(`/centres/${encodeURIComponent(id)}`, Centre, signal);
}

export function centreQueryOptions(id: string) {
  return queryOptions({
    queryKey: centreKeys.detail(id),
    queryFn: ({ signal }) => getCentre(id, signal),
  });
}

/** For a route whose loader has ensured the data; suspends otherwise. */
export function useCentre(id: string) {
  return useSuspenseQuery(centreQueryOptions(id));
}
