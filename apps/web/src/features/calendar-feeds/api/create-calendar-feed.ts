import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CreatedCalendarFeed, type CreateCalendarFeed } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { calendarFeedKeys } from "./calendar-feed-keys";

/** POST /ical/feeds: a new secret feed; its URL (with the token) is in this answer only. */
export function createCalendarFeed(body: CreateCalendarFeed, signal?: AbortSignal): Promise<CreatedCalendarFeed> {
  return apiSend("POST", "/ical/feeds", body, CreatedCalendarFeed, { signal });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalendarFeed) => createCalendarFeed(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.list() }),
  });
}
