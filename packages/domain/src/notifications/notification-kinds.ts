// What a notification can be about: every decision that affects someone who booked.
import type { Locale } from "../policy/messages";

export const NOTIFICATION_KINDS = [
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

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where something is: the space is null when it must not be named (a discreet activity: ask at the front desk). */
export interface NotificationPlace {
  centreName: string;
  spaceName: string | null;
}

/** The booking a notification is about, as its message shows it. */
export interface NotificationBooking extends NotificationPlace {
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** Another time or room offered instead; `acceptUrl` takes it in one step. */
export interface NotificationAlternative extends NotificationPlace {
  startsAt: Date;
  endsAt: Date;
  acceptUrl?: string;
}

/** Everything a message is rendered from. */
export interface NotificationContent {
  booking: NotificationBooking;
  /** Why: the front desk's reason for a rejection, move, bump or cancellation, or a series notice's cause. */
  reason?: string;
  alternatives?: readonly NotificationAlternative[];
  /** Until when an offer or an alternative can be accepted. */
  deadline?: Date;
  /** The organiser's check-in link (a confirmation): check in on arrival, or the time is released. */
  checkInUrl?: string;
}

export interface RenderedNotification {
  subject: string;
  body: string;
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isLocale(value: string): value is Locale {
  return value === "nb" || value === "nn" || value === "en";
}
