import { queryOptions, useQuery } from "@tanstack/react-query";
import { SeriesPreview, type SeriesInput } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { bookingKeys } from "./booking-keys";

/** POST /series/preview: every occurrence of the series, ok or skipped with its reason; nothing is written. */
export function previewSeries(input: SeriesInput, signal?: AbortSignal): Promise<SeriesPreview> {
  return apiSend("POST", "/series/preview", input, SeriesPreview, { signal });
}

/**
 * The preview as a query keyed by the input: asked once per input, and replaced by the fresh preview a 409
 * series_changed brings. Not refetched behind the user's back while they tick dates.
 */
export function seriesPreviewQueryOptions(input: SeriesInput) {
  return queryOptions({
    queryKey: bookingKeys.seriesPreview(input),
    queryFn: ({ signal }) => previewSeries(input, signal),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

export function useSeriesPreview(input: SeriesInput) {
  return useQuery(seriesPreviewQueryOptions(input));
}
