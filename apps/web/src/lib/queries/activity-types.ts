import { queryOptions, useQuery } from "@tanstack/react-query";
import { ActivityTypeList, type ActivityType } from "@sambruk/contracts";
import { apiGet } from "../api-client";

/** The catalogue is public: the same for everyone, so it is not under the session scope. */
export const activityTypesQueryKey = ["activity-types"] as const;

/** GET /activity-types: the catalogue of what a booking can be for (the rules read its sensitivity and tags). */
export function getActivityTypes(signal?: AbortSignal): Promise<ActivityType[]> {
  return apiGet("/activity-types", ActivityTypeList, signal);
}

export function activityTypesQueryOptions() {
  return queryOptions({
    queryKey: activityTypesQueryKey,
    queryFn: ({ signal }) => getActivityTypes(signal),
    staleTime: 10 * 60_000,
  });
}

export function useActivityTypes() {
  return useQuery(activityTypesQueryOptions());
}
