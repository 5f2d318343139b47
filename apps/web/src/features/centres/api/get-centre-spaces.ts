import { queryOptions, useQuery } from "@tanstack/react-query";
import { SpaceList } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { centreKeys } from "./centre-keys";

/** GET /spaces?centreId=: the spaces of one centre, parsed with the contract. */
export function getCentreSpaces(centreId: string, signal?: AbortSignal): Promise<SpaceList> {
  const params = new URLSearchParams({ centreId });
  return apiGet(`/spaces?${params.toString()}`, SpaceList, signal);
}

export function centreSpacesQueryOptions(centreId: string) {
  return queryOptions({
    queryKey: centreKeys.spaces(centreId),
    queryFn: ({ signal }) => getCentreSpaces(centreId, signal),
  });
}

/** Not suspending: the centre shows at once, its rooms when they come. */
export function useCentreSpaces(centreId: string) {
  return useQuery(centreSpacesQueryOptions(centreId));
}
