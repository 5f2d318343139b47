import { queryOptions, useQuery } from "@tanstack/react-query";
import { Series } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { seriesKeys } from "./series-keys";

/** GET /series/{id}: the series with every occurrence, booked, skipped or cancelled, and any later notice. */
export function getSeries(id: string, signal?: AbortSignal): Promise<Series> {
  return apiGet(`/series/${encodeURIComponent(id)}`, Series, signal);
}

export function seriesQueryOptions(id: string) {
  return queryOptions({
    queryKey: seriesKeys.detail(id),
    queryFn: ({ signal }) => getSeries(id, signal),
  });
}

export function useSeries(id: string) {
  return useQuery(seriesQueryOptions(id));
}
