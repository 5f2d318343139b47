import { z } from "zod";
import { Id, Instant } from "./common";

export const NOTIFICATION_KIND_VALUES = [
  "booking_confirmed",
  "booking_rejected",
  "booking_change_requested",
  "booking_moved",
  "booking_bumped",
  "booking_released",
  "booking_cancelled_by_desk",
  "waitlist_offer",
  "booking_reminder",
  "series_notice",
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KIND_VALUES);

/** One entry of the in-app list, rendered by the API in the user's language (the same text as the e-mail). */
export const NotificationItem = z.object({
  id: Id,
  kind: NotificationKindSchema,
  bookingId: Id.nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: Instant,
  readAt: Instant.nullable(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;
export const NotificationList = z.array(NotificationItem);

/** The most notifications GET /notifications returns. */
export const MAX_NOTIFICATIONS = 50;

export const NotificationPathParams = z.strictObject({ id: Id });

/** POST /notifications/{id}/read: when it was first read. */
export const NotificationRead = z.object({ id: Id, readAt: Instant });

/** POST /notifications/read-all: how many were unread. */
export const NotificationsMarkedRead = z.object({ marked: z.number().int().min(0) });
