// The one way a decision tells the people it affects: an in-app notification and an e-mail in the outbox,
// written in the decision's own transaction, so both exist exactly when the decision does.
import { randomUUID } from "node:crypto";
import { NOTIFICATION_LABELS, myBookingsUrl, renderNotification, type NotificationAlternative, type NotificationContent, type NotificationKind } from "@sambruk/domain";
import { DEFAULT_MAIL_CONFIG } from "../../config/mail-config";
import { bookingIcs } from "./booking-ics";
import { contentToJson, NotifyParams } from "./notification-content";
import { createNotificationsRepository, type NotificationsRepository, type NotificationsTransaction } from "./notifications.repository";

export type { NotificationKind } from "@sambruk/domain";

export interface NotificationEvent {
  kind: NotificationKind;
  /** The booking it is about; its title, place and time go into the message. */
  bookingId: string;
  /** Whom to tell: usually the user who booked. */
  userId: string;
  /**
   * What the message needs beyond the booking (see NotifyParams): `reason` (text), `deadline` (Date or ISO
   * string), `alternatives` ([{ spaceId, start, end, acceptUrl? }], e.g. the domain's Alternative with a link).
   */
  params?: Readonly<Record<string, unknown>>;
}

let publicUrl = DEFAULT_MAIL_CONFIG.publicUrl;

/** The site's address for the links in messages; the app sets it from PUBLIC_URL when it is built. */
export function configureNotifications(settings: { publicUrl: string }): void {
  publicUrl = settings.publicUrl.replace(/\/$/, "");
}

/** The deterministic Message-ID of an outbox message: the same on every attempt. */
export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@sambruk>`;
}

async function contentOf(repository: NotificationsRepository, event: NotificationEvent): Promise<NotificationContent> {
  const summary = await repository.findBookingSummary(event.bookingId);
  if (!summary) throw new Error(`notify: no booking ${event.bookingId}`);
  const params = NotifyParams.parse(event.params ?? {});
  const content: NotificationContent = { booking: summary.booking };
  if (params.reason !== undefined) content.reason = params.reason;
  if (params.deadline !== undefined) content.deadline = params.deadline;
  if (params.checkInUrl !== undefined) content.checkInUrl = params.checkInUrl;
  if (params.alternatives !== undefined) {
    const places = await repository.findPlaces([...new Set(params.alternatives.map((a) => a.spaceId))], summary.discreet);
    content.alternatives = params.alternatives.map((alternative): NotificationAlternative => {
      const place = places.get(alternative.spaceId);
      if (!place) throw new Error(`notify: no space ${alternative.spaceId}`);
      return { ...place, startsAt: alternative.start, endsAt: alternative.end, ...(alternative.acceptUrl ? { acceptUrl: alternative.acceptUrl } : {}) };
    });
  }
  return content;
}

/**
 * Inside the decision's transaction: writes the in-app notification and, when the user has an e-mail address,
 * the outbox message in their language (with an .ics attachment for a confirmation). Sends nothing itself.
 */
export async function notify(tx: NotificationsTransaction, event: NotificationEvent, now: Date): Promise<void> {
  const content = await contentOf(createNotificationsRepository(tx), event);
  await deliver(tx, { kind: event.kind, userId: event.userId, bookingId: event.bookingId, content }, now);
}

/**
 * The message itself, from content already gathered: the in-app row, and the e-mail when the user has an
 * address. `bookingId` null for news about something that is no booking yet (a waitlist offer).
 */
export async function deliver(
  tx: NotificationsTransaction,
  message: { kind: NotificationKind; userId: string; bookingId: string | null; content: NotificationContent },
  now: Date,
): Promise<void> {
  const repository = createNotificationsRepository(tx);
  const recipient = await repository.findRecipient(message.userId);
  if (!recipient) throw new Error(`notify: no user ${message.userId}`);
  const { kind, bookingId, content } = message;
  await repository.insertNotification({ userId: recipient.id, kind, bookingId, params: contentToJson(content), createdAt: now });
  if (!recipient.email) return;
  const { subject, body } = renderNotification({ kind, locale: recipient.locale, content, publicUrl });
  const id = randomUUID();
  const ics =
    kind === "booking_confirmed" && bookingId
      ? bookingIcs({ ...content.booking, id: bookingId, url: myBookingsUrl(publicUrl), askDesk: NOTIFICATION_LABELS[recipient.locale].askDesk }, now)
      : null;
  await repository.insertOutboxMessage({
    id,
    kind,
    userId: recipient.id,
    toAddress: recipient.email,
    locale: recipient.locale,
    subject,
    textBody: body,
    ics,
    messageId: messageIdOf(id),
    nextAttemptAt: now,
    createdAt: now,
  });
}
