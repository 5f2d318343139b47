import { queryOptions, useQuery } from "@tanstack/react-query";
import { CalendarFeedList, type CalendarFeed } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { calendarFeedKeys } from "./calendar-feed-keys";

/** GET /ical/feeds: the signed-in user's live feeds, newest first, without their tokens. */
export function getCalendarFeeds(signal?: AbortSignal): Promise<CalendarFeed[]> {
  return apiGet("/ical/feeds", CalendarFeedList, signal);
}

export function calendarFeedsQueryOptions() {
  return queryOptions({
    queryKey: calendarFeedKeys.list(),
    queryFn: ({ signal }) => getCalendarFeeds(signal),
  });
}

export function useCalendarFeeds() {
  return useQuery(calendarFeedsQueryOptions());
}
