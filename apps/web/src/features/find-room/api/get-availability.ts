import { queryOptions, useQueries } from "@tanstack/react-query";
import { Availability } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { findRoomKeys } from "./find-room-keys";

export interface AvailabilityRequest {
  centreId: string;
  /** Instants with an offset; the API allows at most 31 days. */
  from: string;
  to: string;
}

/** GET /availability?centreId&from&to: free, busy, tentative and closed time of each space of one centre. */
export function getAvailability(request: AvailabilityRequest, signal?: AbortSignal): Promise<Availability> {
  const params = new URLSearchParams({ centreId: request.centreId, from: request.from, to: request.to });
  return apiGet(`/availability?${params.toString()}`, Availability, signal);
}

export function availabilityQueryOptions(request: AvailabilityRequest) {
  return queryOptions({
    queryKey: findRoomKeys.availability(request),
    queryFn: ({ signal }) => getAvailability(request, signal),
  });
}

/** One request per centre (the API takes one centre or one space); combined into one result. */
export function useAvailabilities(centreIds: readonly string[], range: { from: string; to: string }) {
  return useQueries({
    queries: centreIds.map((centreId) => availabilityQueryOptions({ centreId, ...range })),
    combine: (results) => ({
      data: results.every((result) => result.data) ? results.flatMap((result) => result.data?.spaces ?? []) : undefined,
      error: results.find((result) => result.error)?.error ?? null,
      isPending: results.some((result) => result.isPending),
      isFetching: results.some((result) => result.isFetching),
      refetch: () => Promise.all(results.map((result) => result.refetch())),
    }),
  });
}
