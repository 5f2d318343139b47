// POST /bookings: evaluate, then let the database decide. A confirmed booking's claims either fit under the
// exclusion constraint or the insert fails with 23P01 (409); a requested booking holds no time, so the
// application's own conflict check decides for it.
import type { CreateBooking } from "@sambruk/contracts";
import type { Actor, BookerKind } from "@sambruk/domain";
import { DEFAULT_AUTH_CONFIG } from "../../config/auth-config";
import { isExclusionViolation, isUniqueViolation } from "../../db/sql-state";
import { newCheckInLink } from "../desk/check-in-link";
import { conflict, refused } from "./booking-problems";
import type { BookingsDeps } from "./bookings.deps";
import { auditJsonOf, bookingDtoOf, toDecisionFindingDto } from "./bookings.mapper";
import type { BookingTransaction } from "./booking-store.repository";
import type { BookingRecord, BookingSource } from "./bookings.repository";
import { conflictReport } from "./conflict-report";
import { decideUnderLock } from "./decide-under-lock";
import { evaluateBooking } from "./evaluate-booking";
import { replay, requestHashOf, statusCodeOf, type CreateResult } from "./idempotency";
import { retryOnRace } from "./write-retry";

export interface CreateBookingCommand {
  actor: Actor;
  input: CreateBooking;
  idempotencyKey: string;
  requestId: string | null;
  /** More writes that belong to the booking (e.g. the waitlist entry it answers), in its transaction. */
  alsoWrite?: (tx: BookingTransaction, booking: BookingRecord) => Promise<void>;
}

export async function createBooking(deps: BookingsDeps, command: CreateBookingCommand): Promise<CreateResult> {
  const { actor, input, idempotencyKey } = command;
  const requestHash = requestHashOf(input);
  const previous = await deps.store.bookings.findByIdempotencyKey(actor.userId, idempotencyKey);
  if (previous) return replay(deps, previous, requestHash);

  const evaluation = await evaluateBooking(deps, { ...input, description: input.description ?? null }, actor);
  if (evaluation.outcome === "refused") throw refused(evaluation.findings);
  const { space, interval } = evaluation;
  const report = () => conflictReport(deps, { space, interval, attendees: input.expectedAttendees }, evaluation.bookerKind);
  if (evaluation.status === "requested" && evaluation.conflicts.length > 0) throw conflict(await report());

  try {
    const { booking, findings } = await retryOnRace(() =>
      deps.store.transaction(async (tx) => {
        // Quotas and fair share: the counts read under the locks are the ones this insert is judged by.
        const decision = await decideUnderLock(tx, evaluation.policy);
        const status = decision.outcome === "review" ? "requested" : "confirmed";
        const created = await tx.bookings.insert(
          {
            spaceId: space.id,
            organisationId: evaluation.organisation.id,
            bookedById: actor.userId,
            activityTypeId: evaluation.activityType.id,
            title: input.title,
            description: input.description ?? null,
            expectedAttendees: input.expectedAttendees,
            start: interval.start,
            end: interval.end,
            status,
            visibility: input.visibility ?? evaluation.activityType.defaultVisibility,
            source: sourceOf(evaluation.bookerKind),
            bookerKind: evaluation.bookerKind,
            idempotencyKey,
            requestHash,
            dropIn: input.dropIn ? { appointmentMinutes: input.dropIn.appointmentMinutes, modes: input.dropIn.modes, meetingLink: input.dropIn.meetingLink } : null,
          },
          { centreId: space.centreId, organisation: evaluation.organisation },
        );
        await tx.audit.record({
          actorId: actor.userId,
          actingOrganisationId: evaluation.organisation.id,
          centreId: space.centreId,
          action: "booking.created",
          entityType: "booking",
          entityId: created.id,
          before: null,
          // The rules' findings too: why the booking waits, and what a replay of this request answers.
          after: { ...auditJsonOf(created), findings: decision.findings.map(toDecisionFindingDto) },
          requestId: command.requestId,
        });
        if (status === "confirmed") await notifyConfirmed(deps, tx, created);
        await command.alsoWrite?.(tx, created);
        return { booking: created, findings: decision.findings };
      }),
    );
    return { status: statusCodeOf(booking.status), booking: { ...bookingDtoOf(booking), findings: findings.map(toDecisionFindingDto) } };
  } catch (error) {
    // A concurrent request with the same key won: answer as its retry.
    if (isUniqueViolation(error) || isExclusionViolation(error)) {
      const winner = await deps.store.bookings.findByIdempotencyKey(actor.userId, idempotencyKey);
      if (winner) return replay(deps, winner, requestHash);
    }
    if (isExclusionViolation(error)) throw conflict(await report());
    throw error;
  }
}

/** Confirmed at once: the booker is told, with the organiser's check-in link (only its hash is kept). */
async function notifyConfirmed(deps: BookingsDeps, tx: BookingTransaction, booking: BookingRecord): Promise<void> {
  const link = newCheckInLink(deps.publicUrl ?? DEFAULT_AUTH_CONFIG.publicUrl, booking.id);
  await tx.keepCheckInToken(booking.id, link.tokenHash);
  await tx.notify({ kind: "booking_confirmed", bookingId: booking.id, userId: booking.bookedById, params: { checkInUrl: link.url } }, deps.now());
}

/** The front desk's bookings are "front_desk"; the web app and other clients are not told apart yet ("api"). */
function sourceOf(bookerKind: BookerKind): BookingSource {
  return bookerKind === "front_desk" ? "front_desk" : "api";
}
