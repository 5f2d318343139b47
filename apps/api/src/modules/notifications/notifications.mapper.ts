// A stored notification as the wire shows it: subject and text rendered in the reader's language.
import { NotificationItem } from "@sambruk/contracts";
import { isNotificationKind, renderNotification, type Locale } from "@sambruk/domain";
import { contentFromJson } from "./notification-content";
import type { NotificationRecord } from "./notifications.repository";

export function toNotificationItem(record: NotificationRecord, locale: Locale, publicUrl: string): NotificationItem {
  if (!isNotificationKind(record.kind)) throw new Error(`notification ${record.id} has an unknown kind ${record.kind}`);
  const { subject, body } = renderNotification({ kind: record.kind, locale, content: contentFromJson(record.params), publicUrl });
  return NotificationItem.parse({
    id: record.id,
    kind: record.kind,
    bookingId: record.bookingId,
    title: subject,
    body,
    createdAt: record.createdAt.toISOString(),
    readAt: record.readAt?.toISOString() ?? null,
  });
}
