import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the user's notifications; under the session scope, so signing in or out resets them. */
export const notificationKeys = {
  all: [...SESSION_SCOPE, "notifications"] as const,
  list: () => [...notificationKeys.all, "list"] as const,
};
