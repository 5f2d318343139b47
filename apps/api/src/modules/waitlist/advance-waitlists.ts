// The waitlists' housekeeping round: lapsed offers expire and their time goes to the next in line; entries long
// past are deleted, with the personal data they hold. Safe on several servers at once: lapsed offers are locked (SKIP LOCKED), and every
// offer is made under the advisory locks of the space's units.
import type { Database } from "../../db/database";
import { createWaitlistStore } from "./waitlist-store.repository";
import { DEFAULT_WAITLIST_SETTINGS, type WaitlistSettings } from "./waitlist-settings";

/** Per round; the next round takes the rest. */
const BATCH = 100;
/** Entries are kept this long after their time ended, then deleted. */
export const KEEP_ENDED_DAYS = 7;

export interface WaitlistRound {
  expired: number;
  offered: number;
  deleted: number;
}

export async function advanceWaitlists(db: Pick<Database, "prisma">, now: Date, settings: WaitlistSettings = DEFAULT_WAITLIST_SETTINGS): Promise<WaitlistRound> {
  const store = createWaitlistStore(db.prisma, settings);
  const lapsed = await store.transaction(async (tx) => {
    const candidates = await tx.waitlist.findByIds(await tx.waitlist.lockLapsedOffers(now, BATCH));
    let expired = 0;
    let offered = 0;
    for (const entry of candidates) {
      if (!(await tx.waitlist.changeStatus(entry.id, ["offered"], { status: "expired" }))) continue;
      expired += 1;
      offered += (await tx.offerFreedTime(entry, now)).length;
    }
    return { expired, offered };
  });
  const deleted = await store.waitlist.deleteEndedBefore(new Date(now.getTime() - KEEP_ENDED_DAYS * 24 * 3600_000));
  return { ...lapsed, deleted };
}
