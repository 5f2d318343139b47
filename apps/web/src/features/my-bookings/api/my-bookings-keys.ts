import type { MyBookingsQuery } from "@sambruk/contracts";
import { SESSION_SCOPE } from "../../../lib/session-scope";

/** Query keys of the user's bookings; under the session scope, so signing in or out resets them. */
export const myBookingsKeys = {
  all: [...SESSION_SCOPE, "my-bookings"] as const,
  lists: () => [...myBookingsKeys.all, "list"] as const,
  list: (query: MyBookingsQuery) => [...myBookingsKeys.lists(), query] as const,
  /** Mutation keys: a list is refetched only once the last of several cancellations has settled. */
  cancel: () => [...myBookingsKeys.all, "cancel"] as const,
  update: () => [...myBookingsKeys.all, "update"] as const,
};
