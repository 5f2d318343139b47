// The one way a decision tells the people it affects: an in-app notification and an e-mail in the outbox,
// written in the decision's own transaction, so both exist exactly when the decision does.
import type { Prisma } from "../../generated/prisma/client";

export type NotificationKind =
  | "booking_confirmed"
  | "booking_rejected"
  | "booking_moved"
  | "booking_bumped"
  | "booking_released"
  | "booking_cancelled_by_desk"
  | "waitlist_offer"
  | "booking_reminder"
  | "series_notice";

export interface NotificationEvent {
  kind: NotificationKind;
  /** The booking it is about; its title, place and time go into the message. */
  bookingId: string;
  /** Whom to tell: usually the user who booked. */
  userId: string;
  /** What the message needs beyond the booking: a reason, alternatives (as booking-like data), a deadline. */
  params?: Readonly<Record<string, unknown>>;
}

/**
 * Inside the decision's transaction: writes the in-app notification and, when the user has an e-mail address,
 * the outbox message in their language (with an .ics attachment for a confirmation). Sends nothing itself.
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent, now: Date): Promise<void> {
  void tx;
  void event;
  void now;
  throw new Error("not implemented");
}
