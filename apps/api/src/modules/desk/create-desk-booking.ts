// POST /desk/bookings: the host books for an organisation (a walk-in, or the house's own need), judged as that
// organisation would be; what would only send it to review is accepted (the desk is the reviewer), so it is
// confirmed. Without `bump`, a booking in the way is 409. With it, every booking in the way must pass bumpDecision,
// else 422 `bump_refused` and nothing is written; then one transaction under the (unit, day) locks bumps them,
// inserts the new booking and offers each bumped booker its best alternatives.
import type { DeskCreateBooking } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { isExclusionViolation } from "../../db/sql-state";
import { notFound } from "../../http/problem";
import { conflict, refused } from "../bookings/booking-problems";
import { auditJsonOf, toDecisionFindingDto } from "../bookings/bookings.mapper";
import { conflictReport } from "../bookings/conflict-report";
import { decideUnderLock } from "../bookings/decide-under-lock";
import { evaluateBooking } from "../bookings/evaluate-booking";
import type { OfferRecord } from "../offers/offers.repository";
import { bookerActor } from "./booker-actor";
import { judgeBumps, offersFor, type PlannedBump } from "./bump-plan";
import { bumpStatus, recordBump } from "./bump-writes";
import { requireDeskOf } from "./desk-access";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { DeskMovesDeps } from "./desk-moves.deps";
import { bumpRefused } from "./desk-moves-problems";

export interface DeskCreateCommand {
  actor: Actor;
  input: DeskCreateBooking;
  requestId: string | null;
}

export interface DeskCreated {
  booking: DeskBookingRecord;
  bumped: { booking: DeskBookingRecord; offers: OfferRecord[] }[];
}

export async function createDeskBooking(deps: DeskMovesDeps, command: DeskCreateCommand): Promise<DeskCreated> {
  const { actor, input } = command;
  const { bump, ...booking } = input;
  const space = await deps.store.spaces.findById(input.spaceId);
  if (!space) throw notFound(`No space with id ${input.spaceId}.`);
  requireDeskOf(actor, space.centreId);
  const organisation = await deps.store.references.findOrganisation(input.organisationId);
  const booker = bookerActor({ organisation: organisation ?? { id: input.organisationId, kind: "resident" }, userId: actor.userId, centreId: space.centreId });
  const evaluation = await evaluateBooking(deps, { ...booking, description: booking.description ?? null }, booker);
  if (evaluation.outcome === "refused") throw refused(evaluation.findings);
  const { interval, bookerKind } = evaluation;
  const report = () => conflictReport(deps, { space, interval, attendees: input.expectedAttendees }, bookerKind);
  if (evaluation.conflicts.length > 0 && !bump) throw conflict(await report());

  const planned: PlannedBump[] = [];
  if (bump && evaluation.conflicts.length > 0) {
    const justification = bump.override?.justification;
    const judged = await judgeBumps(deps, { actor, bumperKind: bookerKind, bumperHouseService: evaluation.organisation.houseService, justification }, evaluation.conflicts, space.centreId);
    if (judged.refusals.length > 0) throw bumpRefused(judged.refusals);
    for (const { before, overridden } of judged.allowed) planned.push({ before, overridden, alternatives: await offersFor(deps, before, { space, interval }) });
  }

  try {
    return await deps.moves.transaction(async (tx) => {
      await tx.lockTimes([{ spaceId: space.id, ...interval }, ...planned.map(({ before }) => before)]);
      const decision = await decideUnderLock(tx, evaluation.policy);
      const freed: { plan: PlannedBump; after: DeskBookingRecord }[] = [];
      for (const plan of planned) {
        const after = await bumpStatus(tx, plan.before, bump?.reason ?? "");
        if (!after) throw conflict(await report()); // changed since it was judged: nothing is written
        freed.push({ plan, after });
      }
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
          status: "confirmed",
          visibility: input.visibility ?? evaluation.activityType.defaultVisibility,
          source: "front_desk",
          bookerKind,
          idempotencyKey: null,
          requestHash: null,
        },
        { centreId: space.centreId, organisation: evaluation.organisation },
      );
      const bumped: DeskCreated["bumped"] = [];
      const context = { actor, reason: bump?.reason ?? "", justification: bump?.override?.justification, byBookingId: created.id, now: deps.now(), publicUrl: deps.publicUrl, requestId: command.requestId };
      for (const { plan, after } of freed) bumped.push({ booking: after, offers: await recordBump(tx, plan, after, context) });
      await tx.audit.record({
        actorId: actor.userId,
        actingOrganisationId: evaluation.organisation.id,
        centreId: space.centreId,
        action: "booking.created",
        entityType: "booking",
        entityId: created.id,
        before: null,
        after: { ...auditJsonOf(created), findings: decision.findings.map(toDecisionFindingDto), bumped: bumped.map((b) => b.booking.id) },
        requestId: command.requestId,
      });
      const record = await tx.desk.findById(created.id);
      if (!record) throw notFound(`No booking with id ${created.id}.`);
      return { booking: record, bumped };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw conflict(await report());
    throw error;
  }
}
