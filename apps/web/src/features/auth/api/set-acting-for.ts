import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Me, type ActingForRequest } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { applySession } from "./apply-session";

/** PUT /auth/acting-for: the organisation the user acts for (403 `forbidden` if not a member). */
export function setActingFor(request: ActingForRequest): Promise<Me> {
  return apiSend("PUT", "/auth/acting-for", request, Me);
}

export function useSetActingFor() {
  const queryClient = useQueryClient();
  return useMutation({
    // One change at a time, in the order chosen: the last choice wins even if answers come back out of order.
    scope: { id: "acting-for" },
    mutationFn: (organisationId: string) => setActingFor({ organisationId }),
    onSuccess: (me) => applySession(queryClient, me),
  });
}
