import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LogoutResult } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";
import { clearSession } from "./apply-session";

/** POST /auth/logout; a session that has already ended (401) counts as logged out. */
export async function logout(): Promise<LogoutResult> {
  try {
    return await apiSend("POST", "/auth/logout", undefined, LogoutResult);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return { providerLogoutUrl: null };
    throw error;
  }
}

/** Ends the session and forgets the user; the caller sends the browser to `providerLogoutUrl` if given. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      clearSession(queryClient);
    },
  });
}
