import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RevokedCalendarFeed } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { calendarFeedKeys } from "./calendar-feed-keys";

/** DELETE /ical/feeds/{id}: the feed's URL stops working. */
export function revokeCalendarFeed(id: string, signal?: AbortSignal): Promise<RevokedCalendarFeed> {
  return apiSend("DELETE", `/ical/feeds/${encodeURIComponent(id)}`, undefined, RevokedCalendarFeed, { signal });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeCalendarFeed(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.list() }),
  });
}
