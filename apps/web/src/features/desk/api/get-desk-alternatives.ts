import { queryOptions, useQuery } from "@tanstack/react-query";
import { DeskAlternatives } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { deskKeys } from "./desk-keys";

/** GET /desk/bookings/{id}/alternatives: where the booking could move, best first. */
export function getDeskAlternatives(bookingId: string, signal?: AbortSignal): Promise<DeskAlternatives> {
  return apiGet(`/desk/bookings/${encodeURIComponent(bookingId)}/alternatives`, DeskAlternatives, signal);
}

export function deskAlternativesQueryOptions(bookingId: string) {
  return queryOptions({
    queryKey: deskKeys.alternatives(bookingId),
    queryFn: ({ signal }) => getDeskAlternatives(bookingId, signal),
    // Free time changes by the minute: ask again each time the list is opened.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useDeskAlternatives(bookingId: string) {
  return useQuery(deskAlternativesQueryOptions(bookingId));
}
