import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { Space } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { bookingKeys } from "./booking-keys";

/** GET /spaces/{id}: the space being booked. */
export function getSpace(id: string, signal?: AbortSignal): Promise<Space> {
  return apiGet(`/spaces/${encodeURIComponent(id)}`, Space, signal);
}

export function spaceQueryOptions(id: string) {
  return queryOptions({
    queryKey: bookingKeys.space(id),
    queryFn: ({ signal }) => getSpace(id, signal),
  });
}

/** The space; when the form moves to another space, the previous one stays on screen until it has loaded. */
export function useSpace(id: string) {
  return useQuery({ ...spaceQueryOptions(id), placeholderData: keepPreviousData });
}
