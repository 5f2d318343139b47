import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { CentreList } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { centreKeys } from "./centre-keys";

/** GET /centres: every centre, parsed with the contract. */
export function getCentres(signal?: AbortSignal): Promise<CentreList> {
  return apiGet("/centres", CentreList, signal);
}

export function centresQueryOptions() {
  return queryOptions({
    queryKey: centreKeys.lists(),
    queryFn: ({ signal }) => getCentres(signal),
  });
}

/** For a route whose loader has ensured the data; suspends otherwise. */
export function useCentres() {
  return useSuspenseQuery(centresQueryOptions());
}
