// PATCH /bookings/{id}: move or edit under optimistic concurrency. The version is checked twice: here for a
// clear early answer, and in the UPDATE's WHERE clause, which is what really guarantees it.
import type { UpdateBooking } from "@sambruk/contracts";
import { bookerKindOf, holdsTime, isEditable, matchTerm, statusAfterChange, type Actor } from "@sambruk/domain";
import { isExclusionViolation } from "../../db/sql-state";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import { conflict, notEditable, refused } from "./booking-problems";
import { requireWriteAccess } from "./booking-access";
import type { BookingsDeps } from "./bookings.deps";
import { auditJsonOf } from "./bookings.mapper";
import type { BookingChanges, BookingRecord } from "./bookings.repository";
import type { PolicyInputs } from "./booking-policy";
import { conflictReport, type ConflictQuery } from "./conflict-report";
import { decideUnderLock } from "./decide-under-lock";
import { evaluateBooking } from "./evaluate-booking";
import { requireSpaceInCentre } from "./space-move";
import { retryOnRace } from "./write-retry";

export interface UpdateBookingCommand {
  actor: Actor;
  id: string;
  /** The version the client changes (from If-Match). */
  version: number;
  patch: UpdateBooking;
  requestId: string | null;
}

export async function updateBooking(deps: BookingsDeps, command: UpdateBookingCommand): Promise<BookingRecord> {
  const { actor, patch } = command;
  const current = await deps.store.bookings.findById(command.id);
  if (!current) throw notFound(`No booking with id ${command.id}.`);
  requireWriteAccess(actor, current);
  const bookerKind = bookerKindOf(actor, current.organisation);
  if (current.version !== command.version) throw staleVersion(current.version);
  if (!isEditable(current.status)) throw notEditable(current.status);

  const changes: BookingChanges = {
    ...(patch.title === undefined ? {} : { title: patch.title }),
    ...(patch.description === undefined ? {} : { description: patch.description }),
    ...(patch.visibility === undefined ? {} : { visibility: patch.visibility }),
  };
  let conflictQuery: ConflictQuery | null = null;
  let policy: PolicyInputs | null = null;
  const moves = [patch.spaceId, patch.start, patch.end, patch.expectedAttendees].some((value) => value !== undefined);
  if (moves) {
    if (patch.spaceId !== undefined) await requireSpaceInCentre(deps, patch.spaceId, current.centreId);
    const expectedAttendees = patch.expectedAttendees ?? current.expectedAttendees;
    const evaluation = await evaluateBooking(
      deps,
      {
        spaceId: patch.spaceId ?? current.spaceId,
        organisationId: current.organisation.id,
        activityTypeId: current.activityTypeId,
        start: patch.start ?? current.start,
        end: patch.end ?? current.end,
        expectedAttendees,
        title: patch.title ?? current.title,
        description: patch.description === undefined ? current.description : patch.description,
        ignoreBookingId: current.id,
      },
      actor,
    );
    if (evaluation.outcome === "refused") throw refused(evaluation.findings);
    policy = evaluation.policy;
    const status = statusAfterChange(current.status, evaluation.status === "requested");
    conflictQuery = { space: evaluation.space, interval: evaluation.interval, attendees: expectedAttendees, ignoreBookingId: current.id };
    // Requested bookings hold no time: the database cannot refuse them, the application's check does.
    if (!holdsTime(status) && evaluation.conflicts.length > 0) throw conflict(await conflictReport(deps, conflictQuery, bookerKind));
    Object.assign(changes, {
      spaceId: evaluation.space.id,
      start: evaluation.interval.start,
      end: evaluation.interval.end,
      expectedAttendees,
      ...(status === current.status ? {} : { status }),
    });
  } else if (patch.title !== undefined || patch.description !== undefined) {
    // Only the text changes: the word screen alone judges it, so a confirmed booking with a screened word goes back
    // to the front desk; no other rule can refuse an edit of its text.
    const { terms } = (await deps.parameters(current.centreId)).wordScreen;
    const texts = [patch.title ?? current.title, patch.description === undefined ? current.description : patch.description];
    const screened = texts.some((text) => typeof text === "string" && matchTerm(text, terms) !== null);
    const status = statusAfterChange(current.status, screened);
    if (status !== current.status) changes.status = status;
  }

  try {
    return await retryOnRace(() =>
      deps.store.transaction(async (tx) => {
        if (policy) await decideUnderLock(tx, policy);
        const updated = await tx.bookings.updateIfVersion(current.id, command.version, changes);
        if (!updated) throw staleVersion((await tx.bookings.findById(current.id))?.version ?? command.version);
        await tx.audit.record({
          actorId: actor.userId,
          actingOrganisationId: current.organisation.id,
          centreId: current.centreId,
          action: "booking.updated",
          entityType: "booking",
          entityId: current.id,
          before: auditJsonOf(current),
          after: auditJsonOf(updated),
          requestId: command.requestId,
        });
        return updated;
      }),
    );
  } catch (error) {
    if (isExclusionViolation(error) && conflictQuery) throw conflict(await conflictReport(deps, conflictQuery, bookerKind));
    throw error;
  }
}
