import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NotificationsMarkedRead } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { notificationKeys } from "./notification-keys";

/** POST /notifications/read-all: how many were unread. */
export function markAllNotificationsRead(signal?: AbortSignal) {
  return apiSend("POST", "/notifications/read-all", undefined, NotificationsMarkedRead, { signal });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list() }),
  });
}
