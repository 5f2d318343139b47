// The release of no-shows, run by the housekeeping sweep: a confirmed booking nobody checked in by
// `releaseAfterMinutes` after its start is released, and its time is free again (the booking trigger drops the
// claims of a status that holds no time). Exactly once, however many workers sweep at the same moment: each
// locks its candidates and skips those another holds, and the change applies only to a booking still confirmed.
import { CHECK_IN_DEFAULTS, isDueForRelease } from "@sambruk/domain";
import type { Database } from "../../db/database";
import { DEFAULT_WAITLIST_SETTINGS, type WaitlistSettings } from "../waitlist/waitlist-settings";
import { auditDecision } from "./desk-audit";
import { createDeskStore } from "./desk-store.repository";

export const NO_SHOW = "no_show";
/** Per sweep; the next sweep takes the rest. */
const BATCH = 200;

/** Releases the bookings due for release at `now`; how many it released. */
export async function releaseNoShows(
  db: Pick<Database, "prisma">,
  now: Date,
  releaseAfterMinutes: number = CHECK_IN_DEFAULTS.releaseAfterMinutes,
  waitlist: WaitlistSettings = DEFAULT_WAITLIST_SETTINGS,
): Promise<number> {
  const store = createDeskStore(db.prisma);
  return store.transaction(async (tx) => {
    const candidates = await tx.bookings.findByIds(await tx.lockReleaseCandidates(now, releaseAfterMinutes, BATCH));
    let released = 0;
    for (const before of candidates.filter((b) => isDueForRelease(b, now, releaseAfterMinutes))) {
      const after = await tx.bookings.changeStatus(before.id, { from: ["confirmed"] }, { status: "released", statusReason: NO_SHOW });
      if (!after) continue;
      await auditDecision(tx, { actorId: null, action: "booking.released", before, after, requestId: null });
      await tx.notify({ kind: "booking_released", bookingId: after.id, userId: after.bookedById }, now);
      // What is left of the time goes to the first in line for it.
      await tx.offerFreedTime({ spaceId: after.spaceId, start: now, end: after.end }, now, waitlist);
      released += 1;
    }
    return released;
  });
}
