// DELETE /waitlist/{id} and POST /waitlist/{id}/decline: the entry steps out of line; an open offer it held goes
// to the next in line in the same transaction.
import type { WaitlistEntry, WaitlistStatus } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { findOwnEntry } from "./own-entry";
import type { WaitlistDeps } from "./waitlist.deps";
import { waitlistEntryDtoOf } from "./waitlist.mapper";
import { offerUnavailable } from "./waitlist-problems";

/** Leaving an entry already out of line changes nothing and answers it as it is, so a retry is safe. */
export async function leaveWaitlist(deps: WaitlistDeps, actor: Actor, id: string): Promise<WaitlistEntry> {
  const left = await stepOut(deps, actor, id, ["waiting", "offered"], "left");
  return waitlistEntryDtoOf(left ?? (await findOwnEntry(deps.store.waitlist, actor.userId, id)), null);
}

export async function declineWaitlistOffer(deps: WaitlistDeps, actor: Actor, id: string): Promise<WaitlistEntry> {
  const declined = await stepOut(deps, actor, id, ["offered"], "declined");
  if (!declined) throw offerUnavailable();
  return waitlistEntryDtoOf(declined, null);
}

async function stepOut(deps: WaitlistDeps, actor: Actor, id: string, from: WaitlistStatus[], status: WaitlistStatus) {
  await findOwnEntry(deps.store.waitlist, actor.userId, id);
  const now = deps.now();
  return deps.store.transaction(async (tx) => {
    const before = await tx.waitlist.findById(id);
    if (!before) return null;
    // A declined offer must still be open; one that lapsed is the housekeeping's to expire.
    const openAt = status === "declined" ? now : undefined;
    const after = await tx.waitlist.changeStatus(id, from, { status, offerExpiresAt: null }, openAt);
    if (after && before.status === "offered") await tx.offerFreedTime(before, now);
    return after;
  });
}
