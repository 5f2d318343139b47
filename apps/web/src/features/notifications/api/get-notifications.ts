import { queryOptions, useQuery } from "@tanstack/react-query";
import { NotificationList, type NotificationItem } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { notificationKeys } from "./notification-keys";

/** GET /notifications: the signed-in user's notifications, newest first. */
export function getNotifications(signal?: AbortSignal): Promise<NotificationItem[]> {
  return apiGet("/notifications", NotificationList, signal);
}

export function notificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => getNotifications(signal),
  });
}

/** The notifications; only asked for when `enabled` (someone is signed in). */
export function useNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...notificationsQueryOptions(), enabled });
}
