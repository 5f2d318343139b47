import { keepPreviousData, queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import { BookingContext, type BookingContextQuery } from "@sambruk/contracts";
import { apiGet } from "../api-client";
import { SESSION_SCOPE } from "../session-scope";

/** The context depends on who asks (their organisation's bookings and quotas), so it lives under the session scope. */
export const bookingContextQueryKey = (spaceId: string, query: BookingContextQuery | null) =>
  [...SESSION_SCOPE, "booking-context", spaceId, query] as const;

/** GET /spaces/{id}/booking-context: what the shared-use rules read, for one organisation around a time. */
export function getBookingContext(spaceId: string, query: BookingContextQuery, signal?: AbortSignal): Promise<BookingContext> {
  const params = new URLSearchParams(query);
  return apiGet(`/spaces/${encodeURIComponent(spaceId)}/booking-context?${params.toString()}`, BookingContext, signal);
}

/** Skipped (no request) while `query` is null: no organisation, or no readable day yet. */
export function bookingContextQueryOptions(spaceId: string, query: BookingContextQuery | null) {
  return queryOptions({
    queryKey: bookingContextQueryKey(spaceId, query),
    queryFn: query ? ({ signal }) => getBookingContext(spaceId, query, signal) : skipToken,
    staleTime: 30_000,
  });
}

/** The booking context; the previous answer stays on screen while the next day's is on its way. */
export function useBookingContext(spaceId: string, query: BookingContextQuery | null) {
  return useQuery({ ...bookingContextQueryOptions(spaceId, query), placeholderData: keepPreviousData });
}
