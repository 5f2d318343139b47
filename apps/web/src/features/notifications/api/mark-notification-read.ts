import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NotificationRead, type NotificationItem } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { notificationKeys } from "./notification-keys";

/** POST /notifications/{id}/read: when it was first read. */
export function markNotificationRead(id: string, signal?: AbortSignal) {
  return apiSend("POST", `/notifications/${encodeURIComponent(id)}/read`, undefined, NotificationRead, { signal });
}

/** Marks one read: the cached list shows it read at once, then the list is asked for again. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(id),
    onSuccess: ({ id, readAt }) => {
      queryClient.setQueryData<NotificationItem[]>(notificationKeys.list(), (list) =>
        list?.map((item) => (item.id === id ? { ...item, readAt } : item)),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list() }),
  });
}
