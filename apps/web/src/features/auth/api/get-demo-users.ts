import { queryOptions, useQuery } from "@tanstack/react-query";
import { DemoUsers, type DemoUser } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { authKeys } from "./auth-keys";

/** GET /auth/demo-users: the seeded demo people (404 when demo login is off). */
export function getDemoUsers(signal?: AbortSignal): Promise<DemoUser[]> {
  return apiGet("/auth/demo-users", DemoUsers, signal);
}

export function demoUsersQueryOptions() {
  return queryOptions({
    queryKey: authKeys.demoUsers(),
    queryFn: ({ signal }) => getDemoUsers(signal),
  });
}

/** Only asks when the server says demo login is on. */
export function useDemoUsers(enabled: boolean) {
  return useQuery({ ...demoUsersQueryOptions(), enabled });
}
