import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Me, type DemoLoginRequest } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { applySession } from "./apply-session";

/** POST /auth/demo-login: starts a session as a demo user. Made before there is a session: no CSRF token. */
export function demoLogin(request: DemoLoginRequest): Promise<Me> {
  return apiSend("POST", "/auth/demo-login", request, Me, { csrf: false });
}

export function useDemoLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => demoLogin({ userId }),
    onSuccess: (me) => applySession(queryClient, me),
  });
}
