import type { QueryClient } from "@tanstack/react-query";
import type { Me } from "@sambruk/contracts";
import { setCsrfToken } from "../../../lib/csrf-token";
import { SESSION_SCOPE } from "../../../lib/session-scope";
import { authKeys } from "./auth-keys";

/**
 * After sign-in or a change of whom the user acts for: the new `me` and its token, and every query that
 * depends on the user (their bookings, …) fetched again.
 */
export async function applySession(queryClient: QueryClient, me: Me): Promise<void> {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(authKeys.me(), me);
  await queryClient.resetQueries({ queryKey: SESSION_SCOPE });
}

/** After sign-out: no token, no user, and nothing of theirs left in the cache. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(authKeys.me(), null);
  queryClient.removeQueries({ queryKey: SESSION_SCOPE });
}
