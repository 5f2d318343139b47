// POST /waitlist/{id}/accept: while the offer is open, the entry's booking is made through the normal create
// path, as the caller (confirmed, or a request for the front desk), and the entry marked accepted in the
// booking's own transaction: both happen, or neither.
import type { WaitlistAccepted } from "@sambruk/contracts";
import { isOfferOpen, type Actor } from "@sambruk/domain";
import { createBooking } from "../bookings/create-booking";
import { findOwnEntry } from "./own-entry";
import type { WaitlistDeps } from "./waitlist.deps";
import { waitlistEntryDtoOf } from "./waitlist.mapper";
import type { WaitlistRecord } from "./waitlist.repository";
import { offerUnavailable } from "./waitlist-problems";

export interface AcceptOfferCommand {
  actor: Actor;
  id: string;
  requestId: string | null;
}

export async function acceptWaitlistOffer(deps: WaitlistDeps, command: AcceptOfferCommand): Promise<WaitlistAccepted> {
  const entry = await findOwnEntry(deps.store.waitlist, command.actor.userId, command.id);
  const now = deps.now();
  if (!offerIsOpen(entry, now)) throw offerUnavailable();
  const result = await createBooking(deps.bookings, {
    actor: command.actor,
    input: {
      spaceId: entry.spaceId,
      organisationId: entry.organisationId,
      activityTypeId: entry.activityTypeId,
      title: entry.title,
      ...(entry.description === null ? {} : { description: entry.description }),
      expectedAttendees: entry.expectedAttendees,
      start: entry.start.toISOString(),
      end: entry.end.toISOString(),
      ...(entry.visibility === null ? {} : { visibility: entry.visibility }),
    },
    idempotencyKey: `waitlist-${entry.id}`,
    requestId: command.requestId,
    alsoWrite: async (tx, booking) => {
      // Still open under the booking's transaction: a lapse or a leave in between undoes the booking too.
      const accepted = await tx.waitlist.changeStatus(entry.id, ["offered"], { status: "accepted", bookingId: booking.id }, now);
      if (!accepted) throw offerUnavailable();
    },
  });
  const after = await findOwnEntry(deps.store.waitlist, command.actor.userId, command.id);
  return { entry: waitlistEntryDtoOf(after, null), booking: result.booking };
}

/** The domain's rule, on the offer as stored (its window is the one it was made with). */
function offerIsOpen(entry: WaitlistRecord, now: Date): boolean {
  if (entry.status !== "offered" || !entry.offeredAt || !entry.offerExpiresAt) return false;
  const offerMinutes = (entry.offerExpiresAt.getTime() - entry.offeredAt.getTime()) / 60_000;
  return isOfferOpen({ entryId: entry.id, madeAt: entry.offeredAt }, now, offerMinutes);
}
