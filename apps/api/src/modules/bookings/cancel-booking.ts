// POST /bookings/{id}/cancel: the booking stops holding time (the trigger drops its claims). Cancelling a
// cancelled booking changes nothing and answers 200, so a retry is safe.
import { cancellationOf, type Actor } from "@sambruk/domain";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import { notEditable } from "./booking-problems";
import { requireWriteAccess } from "./booking-access";
import type { BookingsDeps } from "./bookings.deps";
import { auditJsonOf } from "./bookings.mapper";
import type { BookingRecord } from "./bookings.repository";

const ATTEMPTS = 3;

export interface CancelBookingCommand {
  actor: Actor;
  id: string;
  /** From If-Match, when the client sent it: then a newer version is a 412. */
  version: number | undefined;
  requestId: string | null;
}

export async function cancelBooking(deps: BookingsDeps, command: CancelBookingCommand): Promise<BookingRecord> {
  const { actor, id } = command;
  for (let attempt = 1; ; attempt += 1) {
    const current = await deps.store.bookings.findById(id);
    if (!current) throw notFound(`No booking with id ${id}.`);
    requireWriteAccess(actor, current);
    const cancellation = cancellationOf(current.status);
    if (cancellation === "already_cancelled") return current;
    if (command.version !== undefined && command.version !== current.version) throw staleVersion(current.version);
    if (cancellation === "not_allowed") throw notEditable(current.status);

    // Without If-Match the client means "whatever it is now": a concurrent change makes us read again.
    const cancelled = await deps.store.transaction(async (tx) => {
      const updated = await tx.bookings.updateIfVersion(id, current.version, { status: "cancelled" });
      if (updated) {
        await tx.audit.record({
          actorId: actor.userId,
          actingOrganisationId: current.organisation.id,
          centreId: current.centreId,
          action: "booking.cancelled",
          entityType: "booking",
          entityId: id,
          before: auditJsonOf(current),
          after: auditJsonOf(updated),
          requestId: command.requestId,
        });
        // The time it held is free now: the first in line is offered it before anyone else can take it.
        if (current.status === "confirmed") await tx.offerFreedTime({ spaceId: current.spaceId, start: current.start, end: current.end }, deps.now());
      }
      return updated;
    });
    if (cancelled) return cancelled;
    if (attempt >= ATTEMPTS) throw staleVersion();
  }
}
