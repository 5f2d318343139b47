// Freed time goes to the waitlist in the transaction that frees it: a cancellation, a release, a lapsed or
// declined offer. First come, first served (the domain's waitlistOrder); an entry is offered the time only when
// its whole interval is free and no open offer competes with it. The units' advisory locks make two
// transactions freeing the same time offer it once.
import { offerExpiresAt, waitlistOrder } from "@sambruk/domain";
import { notifyOffer } from "./offer-notice";
import { createWaitlistRepository, type TimeInSpace, type WaitlistRecord, type WaitlistTransaction } from "./waitlist.repository";
import { DEFAULT_WAITLIST_SETTINGS, type WaitlistSettings } from "./waitlist-settings";

/** Offers the freed time to whoever is first in line for it; the entries offered (at most one per free stretch). */
export async function offerFreedTime(
  tx: WaitlistTransaction,
  freed: TimeInSpace,
  now: Date,
  settings: WaitlistSettings = DEFAULT_WAITLIST_SETTINGS,
): Promise<WaitlistRecord[]> {
  const waitlist = createWaitlistRepository(tx);
  await waitlist.lockUnits(freed.spaceId);
  const offered: WaitlistRecord[] = [];
  const queue = waitlistOrder((await waitlist.waitingFor(freed, now)).map((entry) => ({ ...entry, requestedAt: entry.createdAt })));
  for (const entry of queue) {
    // Read afresh: an offer made in this loop competes with the entries after it.
    if (!(await waitlist.isFree(entry, now))) continue;
    const expiresAt = offerExpiresAt({ madeAt: now }, settings.offerMinutes);
    const made = await waitlist.changeStatus(entry.id, ["waiting"], { status: "offered", offeredAt: now, offerExpiresAt: expiresAt });
    if (!made) continue;
    await notifyOffer(tx, made, settings, now);
    offered.push(made);
  }
  return offered;
}
