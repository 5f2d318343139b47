import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the waitlist; under the session scope, so signing in or out resets them. */
export const waitlistKeys = {
  all: [...SESSION_SCOPE, "waitlist"] as const,
  list: () => [...waitlistKeys.all, "list"] as const,
};
