import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { DeskBoard } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { deskKeys } from "./desk-keys";

/** GET /desk/centres/{id}/day?date=: the centre's spaces, bookings and blocks of one Oslo day. */
export function getDeskDay(centreId: string, date: string, signal?: AbortSignal): Promise<DeskBoard> {
  const params = new URLSearchParams({ date });
  return apiGet(`/desk/centres/${encodeURIComponent(centreId)}/day?${params.toString()}`, DeskBoard, signal);
}

export function deskDayQueryOptions(centreId: string, date: string) {
  return queryOptions({
    queryKey: deskKeys.day(centreId, date),
    queryFn: ({ signal }) => getDeskDay(centreId, date, signal),
  });
}

/** The board of a day; the previous day stays on screen while the next one is on its way. */
export function useDeskDay(centreId: string, date: string) {
  return useQuery({ ...deskDayQueryOptions(centreId, date), placeholderData: keepPreviousData });
}
