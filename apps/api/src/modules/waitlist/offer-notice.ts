// The message that offers freed time, in the offer's own transaction: as `notify` tells of a booking, but about
// a waitlist entry, which has no booking yet.
import type { NotificationContent } from "@sambruk/domain";
import { createNotificationsRepository } from "../notifications/notifications.repository";
import { deliver } from "../notifications/notify";
import type { WaitlistRecord, WaitlistTransaction } from "./waitlist.repository";
import { acceptUrlOf, type WaitlistSettings } from "./waitlist-settings";

export async function notifyOffer(tx: WaitlistTransaction, entry: WaitlistRecord, settings: WaitlistSettings, now: Date): Promise<void> {
  const place = (await createNotificationsRepository(tx).findPlaces([entry.spaceId], entry.discreet)).get(entry.spaceId);
  if (!place) throw new Error(`notifyOffer: no space ${entry.spaceId}`);
  const content: NotificationContent = {
    booking: { ...place, title: entry.title, startsAt: entry.start, endsAt: entry.end },
    alternatives: [{ ...place, startsAt: entry.start, endsAt: entry.end, acceptUrl: acceptUrlOf(settings.publicUrl) }],
    ...(entry.offerExpiresAt ? { deadline: entry.offerExpiresAt } : {}),
  };
  await deliver(tx, { kind: "waitlist_offer", userId: entry.userId, bookingId: null, content }, now);
}
