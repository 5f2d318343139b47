// POST /desk/bookings/{id}/move: the desk moves a live booking to another space (any centre) and time. The rules
// judge it for its booker (the desk approves, so a review finding does not change its status); the database's
// exclusion constraint has the last word (409 with a conflict report). One transaction: the move, its audit event
// and the booker's notification with the reason.
import type { MoveBooking } from "@sambruk/contracts";
import { isEditable, type Actor } from "@sambruk/domain";
import { isExclusionViolation } from "../../db/sql-state";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import { conflict, notEditable, refused } from "../bookings/booking-problems";
import { auditJsonOf } from "../bookings/bookings.mapper";
import { conflictReport, type ConflictQuery } from "../bookings/conflict-report";
import { decideUnderLock } from "../bookings/decide-under-lock";
import { evaluateBooking } from "../bookings/evaluate-booking";
import { bookerActor } from "./booker-actor";
import { requireDeskOf, requireDeskOfBooking } from "./desk-access";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { DeskMovesDeps } from "./desk-moves.deps";

export interface MoveCommand {
  actor: Actor;
  id: string;
  /** From If-Match. */
  version: number;
  move: MoveBooking;
  requestId: string | null;
}

export async function moveBooking(deps: DeskMovesDeps, command: MoveCommand): Promise<DeskBookingRecord> {
  const { actor, id, move } = command;
  const current = await deps.moves.desk.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, current);
  const target = await deps.store.spaces.findById(move.spaceId);
  if (!target) throw notFound(`No space with id ${move.spaceId}.`);
  requireDeskOf(actor, target.centreId);
  if (current.version !== command.version) throw staleVersion(current.version);
  if (!isEditable(current.status)) throw notEditable(current.status);

  const booker = bookerActor({ organisation: current.organisation, bookerKind: current.bookerKind, userId: current.bookedById, centreId: target.centreId });
  const evaluation = await evaluateBooking(
    deps,
    {
      spaceId: target.id,
      organisationId: current.organisation.id,
      activityTypeId: current.activityTypeId,
      start: move.start,
      end: move.end,
      expectedAttendees: current.expectedAttendees,
      title: current.title,
      description: current.description,
      ignoreBookingId: id,
    },
    booker,
  );
  if (evaluation.outcome === "refused") throw refused(evaluation.findings);
  const query: ConflictQuery = { space: evaluation.space, interval: evaluation.interval, attendees: current.expectedAttendees, ignoreBookingId: id };
  const report = () => conflictReport(deps, query, current.bookerKind);
  if (evaluation.conflicts.length > 0) throw conflict(await report());

  try {
    return await deps.moves.transaction(async (tx) => {
      await decideUnderLock(tx, evaluation.policy);
      const moved = await tx.bookings.updateIfVersion(id, command.version, { spaceId: target.id, start: evaluation.interval.start, end: evaluation.interval.end });
      if (!moved) throw staleVersion((await tx.bookings.findById(id))?.version ?? command.version);
      await tx.audit.record({
        actorId: actor.userId,
        actingOrganisationId: current.organisation.id,
        centreId: current.centreId,
        action: "booking.moved",
        entityType: "booking",
        entityId: id,
        before: auditJsonOf(current),
        after: { ...auditJsonOf(moved), reason: move.reason },
        requestId: command.requestId,
      });
      await tx.notify({ kind: "booking_moved", bookingId: id, userId: current.bookedById, params: { reason: move.reason } }, deps.now());
      const after = await tx.desk.findById(id);
      if (!after) throw notFound(`No booking with id ${id}.`);
      return after;
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw conflict(await report());
    throw error;
  }
}
