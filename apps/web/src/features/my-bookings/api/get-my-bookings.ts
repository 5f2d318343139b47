import { queryOptions, useQuery } from "@tanstack/react-query";
import { BookingDetailList, type BookingDetail, type MyBookingsQuery } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { myBookingsKeys } from "./my-bookings-keys";

/** GET /me/bookings: the user's own bookings, or one of their organisations'; upcoming or past. */
export function getMyBookings(query: MyBookingsQuery, signal?: AbortSignal): Promise<BookingDetail[]> {
  const params = new URLSearchParams({ period: query.period });
  if (query.organisationId) params.set("organisationId", query.organisationId);
  return apiGet(`/me/bookings?${params.toString()}`, BookingDetailList, signal);
}

export function myBookingsQueryOptions(query: MyBookingsQuery) {
  return queryOptions({
    queryKey: myBookingsKeys.list(query),
    queryFn: ({ signal }) => getMyBookings(query, signal),
  });
}

export function useMyBookings(query: MyBookingsQuery) {
  return useQuery(myBookingsQueryOptions(query));
}
