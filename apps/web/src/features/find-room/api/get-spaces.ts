import { queryOptions, useQuery } from "@tanstack/react-query";
import { SpaceList } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { findRoomKeys } from "./find-room-keys";

/** GET /spaces: the spaces of one centre, or of every centre (null), parsed with the contract. */
export function getSpaces(centreId: string | null, signal?: AbortSignal): Promise<SpaceList> {
  const query = centreId ? `?${new URLSearchParams({ centreId }).toString()}` : "";
  return apiGet(`/spaces${query}`, SpaceList, signal);
}

export function spacesQueryOptions(centreId: string | null) {
  return queryOptions({
    queryKey: findRoomKeys.spaces(centreId),
    queryFn: ({ signal }) => getSpaces(centreId, signal),
  });
}

export function useSpaces(centreId: string | null) {
  return useQuery(spacesQueryOptions(centreId));
}
