import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the user's calendar feeds; under the session scope, so signing in or out resets them. */
export const calendarFeedKeys = {
  all: [...SESSION_SCOPE, "calendar-feeds"] as const,
  list: () => [...calendarFeedKeys.all, "list"] as const,
};
