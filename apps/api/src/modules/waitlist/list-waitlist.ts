// GET /waitlist: the caller's entries whose time has not ended, each waiting one with its place in line among the
// waiting entries competing for its time (first come, first served: the domain's waitlistOrder).
import type { WaitlistEntry } from "@sambruk/contracts";
import { waitlistOrder } from "@sambruk/domain";
import type { WaitlistDeps } from "./waitlist.deps";
import { waitlistEntryDtoOf } from "./waitlist.mapper";
import type { WaitlistRecord, WaitlistRepository } from "./waitlist.repository";

export async function listMyWaitlist(deps: WaitlistDeps, userId: string): Promise<WaitlistEntry[]> {
  const entries = await deps.store.waitlist.listFor(userId, deps.now());
  return Promise.all(entries.map(async (entry) => waitlistEntryDtoOf(entry, await positionOf(deps.store.waitlist, entry))));
}

/** 1 for the next in line; null when the entry is not waiting. */
export async function positionOf(waitlist: WaitlistRepository, entry: WaitlistRecord): Promise<number | null> {
  if (entry.status !== "waiting") return null;
  const queue = waitlistOrder((await waitlist.waitingFor(entry)).map((other) => ({ id: other.id, requestedAt: other.createdAt })));
  const index = queue.findIndex((other) => other.id === entry.id);
  return index < 0 ? null : index + 1;
}
