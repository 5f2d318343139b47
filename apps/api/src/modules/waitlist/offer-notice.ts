// The message that offers freed time: as `notify` writes a booking's messages (in-app row and outbox e-mail, in
// the offer's own transaction), but about a waitlist entry, which has no booking yet.
import { randomUUID } from "node:crypto";
import { renderNotification, type NotificationContent } from "@sambruk/domain";
import { contentToJson } from "../notifications/notification-content";
import { createNotificationsRepository } from "../notifications/notifications.repository";
import { messageIdOf } from "../notifications/notify";
import { createWaitlistRepository, type WaitlistRecord, type WaitlistTransaction } from "./waitlist.repository";
import { acceptUrlOf, type WaitlistSettings } from "./waitlist-settings";

const KIND = "waitlist_offer";

export async function notifyOffer(tx: WaitlistTransaction, entry: WaitlistRecord, settings: WaitlistSettings, now: Date): Promise<void> {
  const notifications = createNotificationsRepository(tx);
  const recipient = await notifications.findRecipient(entry.userId);
  if (!recipient) throw new Error(`notifyOffer: no user ${entry.userId}`);
  const place = (await notifications.findPlaces([entry.spaceId], entry.discreet)).get(entry.spaceId);
  if (!place) throw new Error(`notifyOffer: no space ${entry.spaceId}`);
  const content: NotificationContent = {
    booking: { ...place, title: entry.title, startsAt: entry.start, endsAt: entry.end },
    alternatives: [{ ...place, startsAt: entry.start, endsAt: entry.end, acceptUrl: acceptUrlOf(settings.publicUrl) }],
    ...(entry.offerExpiresAt ? { deadline: entry.offerExpiresAt } : {}),
  };
  await createWaitlistRepository(tx).insertNotification({ userId: recipient.id, kind: KIND, params: contentToJson(content), createdAt: now });
  if (!recipient.email) return;
  const { subject, body } = renderNotification({ kind: KIND, locale: recipient.locale, content, publicUrl: settings.publicUrl });
  const id = randomUUID();
  await notifications.insertOutboxMessage({
    id, kind: KIND, userId: recipient.id, toAddress: recipient.email, locale: recipient.locale, subject, textBody: body,
    ics: null, messageId: messageIdOf(id), nextAttemptAt: now, createdAt: now,
  });
}
