import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { NotificationItem as Notification } from "@sambruk/contracts";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { dateLocale } from "../../../lib/date-locale";
import { formatNotificationTime } from "../utils/format-notification-time";

interface NotificationItemProps {
  notification: Notification;
  onMarkRead: (id: string) => void;
  /** This one's "mark as read" is under way. */
  marking: boolean;
}

/** One notification: a "new" tag while unread, its subject, when (Oslo time) and its text with its line breaks. */
export function NotificationItem({ notification, onMarkRead, marking }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const unread = notification.readAt === null;
  const when = formatNotificationTime(notification.createdAt, dateLocale(i18n.resolvedLanguage));
  return (
    <Card data-color={unread ? "accent" : "neutral"} className="notification-item">
      <div className="notification-item__head">
        {unread && (
          <Tag data-color="info" data-size="sm">
            {t("notifications.new")}
          </Tag>
        )}
        <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>
          {notification.title}
        </Heading>
      </div>
      <Paragraph data-size="sm">
        <time dateTime={notification.createdAt}>{when}</time>
      </Paragraph>
      <Paragraph className="notification-item__body">{notification.body}</Paragraph>
      {unread && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            loading={marking}
            aria-label={t("notifications.markReadLabel", { title: notification.title })}
            onClick={() => {
              // The button goes once it is read: keep focus in the item rather than losing it to the page.
              headingRef.current?.focus();
              onMarkRead(notification.id);
            }}
          >
            {t("notifications.markRead")}
          </Button>
        </div>
      )}
    </Card>
  );
}
