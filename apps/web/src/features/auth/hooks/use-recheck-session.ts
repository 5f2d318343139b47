import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ApiProblem } from "../../../lib/api-error";
import { authKeys } from "../api/auth-keys";

/**
 * When a request of the user's answers 401 (the session expired or was ended elsewhere), asks again who is
 * signed in, so the header and the page show the signed-out state instead of a stale name.
 */
export function useRecheckSession(error: unknown): void {
  const queryClient = useQueryClient();
  const unauthenticated = error instanceof ApiProblem && error.status === 401;
  useEffect(() => {
    if (unauthenticated) void queryClient.invalidateQueries({ queryKey: authKeys.me() });
  }, [unauthenticated, queryClient]);
}
