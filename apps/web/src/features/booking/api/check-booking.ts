import { skipToken, useQuery } from "@tanstack/react-query";
import { BookingCheck, type CreateBooking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { bookingKeys } from "./booking-keys";

/** POST /bookings/check: what POST /bookings would do with this request; nothing is written. */
export function checkBooking(request: CreateBooking, signal?: AbortSignal): Promise<BookingCheck> {
  return apiSend("POST", "/bookings/check", request, BookingCheck, { signal });
}

/**
 * A dry run as a query. The key is the request, so a newer request leaves the older one without observers and
 * its fetch is aborted (the signal is passed on); an answer always belongs to the request it was asked for.
 */
export function bookingCheckQueryOptions(request: CreateBooking | null) {
  return {
    queryKey: bookingKeys.check(request),
    queryFn: request ? ({ signal }: { signal: AbortSignal }) => checkBooking(request, signal) : skipToken,
    staleTime: 15_000,
    retry: false,
  } as const;
}

export function useBookingCheck(request: CreateBooking | null) {
  return useQuery(bookingCheckQueryOptions(request));
}
