import { queryOptions, useSuspenseQuery } from "@tanstack/react-query";
import { AuthProviders } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { authKeys } from "./auth-keys";

/** GET /auth/providers: the ways to sign in on this server, and whether demo login is on. */
export function getProviders(signal?: AbortSignal): Promise<AuthProviders> {
  return apiGet("/auth/providers", AuthProviders, signal);
}

export function providersQueryOptions() {
  return queryOptions({
    queryKey: authKeys.providers(),
    queryFn: ({ signal }) => getProviders(signal),
    staleTime: Infinity,
  });
}

/** For a route whose loader has ensured the data; suspends otherwise. */
export function useProviders() {
  return useSuspenseQuery(providersQueryOptions());
}
