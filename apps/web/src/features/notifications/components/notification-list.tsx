import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/empty-state";
import { ErrorState } from "../../../components/ui/error-state";
import { LoadingState } from "../../../components/ui/loading-state";
import { isRetryable } from "../../../lib/api-error";
import { errorMessage } from "../../../lib/error-message";
import { useNotifications } from "../api/get-notifications";
import { useMarkAllNotificationsRead } from "../api/mark-all-notifications-read";
import { useMarkNotificationRead } from "../api/mark-notification-read";
import { NotificationItem } from "./notification-item";

/** The signed-in user's notifications, newest first, with "mark as read" for each unread one and for all. */
export function NotificationList() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markOne = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  if (notifications.isPending) return <LoadingState />;
  if (notifications.error) {
    const retry = isRetryable(notifications.error) ? () => void notifications.refetch() : undefined;
    return <ErrorState error={notifications.error} onRetry={retry} retrying={notifications.isFetching} />;
  }
  if (notifications.data.length === 0) return <EmptyState message={t("notifications.empty")} />;

  const newestFirst = [...notifications.data].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const unread = newestFirst.filter((item) => item.readAt === null).length;
  const failure = markOne.error ?? markAll.error;
  return (
    <>
      <div className="notification-list__summary">
        <Paragraph role="status">{t("notifications.unreadCount", { count: unread })}</Paragraph>
        {unread > 0 && (
          <Button variant="secondary" data-size="sm" loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t("notifications.markAllRead")}
          </Button>
        )}
      </div>
      {failure !== null && (
        <Alert data-color="danger" data-size="sm">
          <Paragraph>
            {t("notifications.markFailed")} {errorMessage(t, failure)}
          </Paragraph>
        </Alert>
      )}
      <ul className="notification-list" aria-label={t("notifications.listLabel")}>
        {newestFirst.map((notification) => (
          <li key={notification.id}>
            <NotificationItem
              notification={notification}
              marking={markOne.isPending && markOne.variables === notification.id}
              onMarkRead={(id) => {
                markOne.mutate(id);
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
