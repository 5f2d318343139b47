import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { SpaceList } from "@sambruk/contracts";
import { apiGet } from "../api-client";

/** The spaces are public: the same for everyone, so they are not under the session scope. */
export const spacesQueryKey = (centreId: string | null) => ["spaces", centreId ?? "all"] as const;

/** GET /spaces: the spaces of one centre, or of every centre (null), parsed with the contract. */
export function getSpaces(centreId: string | null, signal?: AbortSignal): Promise<SpaceList> {
  const query = centreId ? `?${new URLSearchParams({ centreId }).toString()}` : "";
  return apiGet(`/spaces${query}`, SpaceList, signal);
}

export function spacesQueryOptions(centreId: string | null) {
  return queryOptions({ queryKey: spacesQueryKey(centreId), queryFn: ({ signal }) => getSpaces(centreId, signal), staleTime: 5 * 60_000 });
}

export function useSpaces(centreId: string | null) {
  return useQuery(spacesQueryOptions(centreId));
}

/** The names of the spaces of the given centres by space id, as far as they have come. */
export function useSpaceNames(centreIds: readonly string[]): ReadonlyMap<string, string> {
  const results = useQueries({ queries: [...new Set(centreIds)].map((centreId) => spacesQueryOptions(centreId)) });
  const names = new Map<string, string>();
  for (const result of results) for (const space of result.data ?? []) names.set(space.id, space.name);
  return names;
}
