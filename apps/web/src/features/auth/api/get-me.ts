import { queryOptions, useQuery } from "@tanstack/react-query";
import { Me } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";
import { setCsrfToken } from "../../../lib/csrf-token";
import { authKeys } from "./auth-keys";

/** GET /auth/me: the signed-in user, or null when there is no session (401 is an answer, not an error). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await apiGet("/auth/me", Me, signal);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
  });
}

/** The signed-in user: `data` is null when signed out, undefined while the first answer is on its way. */
export function useMe() {
  return useQuery(meQueryOptions());
}
