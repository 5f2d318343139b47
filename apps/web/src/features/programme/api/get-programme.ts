import { queryOptions, useQuery } from "@tanstack/react-query";
import { Programme, type ProgrammeItem, type ProgrammeQuery } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { programmeKeys } from "./programme-keys";

/** GET /programme: the public items between `from` and `to`, for one centre or all, optionally one audience. */
export function getProgramme(query: ProgrammeQuery, signal?: AbortSignal): Promise<ProgrammeItem[]> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.centreId) params.set("centreId", query.centreId);
  if (query.audience) params.set("audience", query.audience);
  return apiGet(`/programme?${params.toString()}`, Programme, signal);
}

export function programmeQueryOptions(query: ProgrammeQuery) {
  return queryOptions({
    queryKey: programmeKeys.list(query),
    queryFn: ({ signal }) => getProgramme(query, signal),
  });
}

export function useProgramme(query: ProgrammeQuery) {
  return useQuery(programmeQueryOptions(query));
}
