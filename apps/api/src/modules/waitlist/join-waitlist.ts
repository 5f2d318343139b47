// POST /waitlist: the booking the caller would make, judged by the same rules as POST /bookings, queued for its
// time. When the time is in fact free, it is offered at once (to the first in line for it, maybe the caller).
import type { JoinWaitlist, WaitlistEntry } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { isUniqueViolation } from "../../db/sql-state";
import { refused } from "../bookings/booking-problems";
import { evaluateBooking } from "../bookings/evaluate-booking";
import { positionOf } from "./list-waitlist";
import type { WaitlistDeps } from "./waitlist.deps";
import { waitlistEntryDtoOf } from "./waitlist.mapper";
import { waitlistDuplicate } from "./waitlist-problems";

export async function joinWaitlist(deps: WaitlistDeps, actor: Actor, input: JoinWaitlist): Promise<WaitlistEntry> {
  const evaluation = await evaluateBooking(deps.bookings, { ...input, description: input.description ?? null }, actor);
  if (evaluation.outcome === "refused") throw refused(evaluation.findings);
  const { interval } = evaluation;
  try {
    const entry = await deps.store.transaction(async (tx) => {
      const joined = await tx.waitlist.insert({
        userId: actor.userId,
        organisationId: evaluation.organisation.id,
        spaceId: evaluation.space.id,
        activityTypeId: evaluation.activityType.id,
        title: input.title,
        description: input.description ?? null,
        expectedAttendees: input.expectedAttendees,
        visibility: input.visibility ?? null,
        start: interval.start,
        end: interval.end,
      });
      await tx.offerFreedTime(joined, deps.now());
      return (await tx.waitlist.findById(joined.id)) ?? joined;
    });
    return waitlistEntryDtoOf(entry, await positionOf(deps.store.waitlist, entry));
  } catch (error) {
    // The partial unique index "waitlist_entry_one_open": one open place in line per user and time.
    if (isUniqueViolation(error)) throw waitlistDuplicate();
    throw error;
  }
}
