import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the front desk; under the session scope, since what the desk sees depends on who asks. */
export const deskKeys = {
  all: [...SESSION_SCOPE, "desk"] as const,
  days: () => [...deskKeys.all, "day"] as const,
  day: (centreId: string, date: string) => [...deskKeys.days(), centreId, date] as const,
  queues: () => [...deskKeys.all, "queue"] as const,
  queue: (centreId: string) => [...deskKeys.queues(), centreId] as const,
  alternatives: (bookingId: string) => [...deskKeys.all, "alternatives", bookingId] as const,
};
