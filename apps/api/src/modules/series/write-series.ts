// The writes of a new series, inside its transaction: the series, a booking per bookable chosen occurrence
// (each audited as a single booking's creation), a row per date, and the series' own audit event.
import type { CreateSeries } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { auditJsonOf, toDecisionFindingDto } from "../bookings/bookings.mapper";
import type { SeriesWrites } from "./series-store.repository";
import type { Verdict } from "./series-judge";
import { seriesAuditJsonOf } from "./series.mapper";
import type { SeriesPlan } from "./series-plan";
import { collidingIds, occurrencePreviewsOf } from "./preview-series";
import type { NewOccurrence } from "./series.repository";

export interface SeriesToWrite {
  actor: Actor;
  input: CreateSeries;
  plan: SeriesPlan;
  /** Judged under the transaction's locks. */
  verdicts: Verdict[];
  /** The dates the user chose; null: every bookable one. */
  chosen: ReadonlySet<string> | null;
  idempotencyKey: string;
  requestHash: string;
  requestId: string | null;
}

export async function writeSeries(tx: SeriesWrites, write: SeriesToWrite): Promise<void> {
  const { actor, input, plan, verdicts, chosen } = write;
  const { subject, seriesId } = plan;
  const { space, organisation, activityType } = subject;
  const visibility = input.visibility ?? activityType.defaultVisibility;
  const dropIn = input.dropIn ?? null;
  const audit = { actorId: actor.userId, actingOrganisationId: organisation.id, centreId: space.centreId, requestId: write.requestId };
  await tx.series.insert({
    id: seriesId,
    spaceId: space.id,
    organisationId: organisation.id,
    bookedById: actor.userId,
    bookerKind: subject.bookerKind,
    activityTypeId: activityType.id,
    title: input.title,
    description: input.description ?? null,
    expectedAttendees: input.expectedAttendees,
    visibility,
    rrule: input.rrule,
    firstDate: input.firstDate,
    startTime: input.startTime,
    endTime: input.endTime,
    dropIn,
    idempotencyKey: write.idempotencyKey,
    requestHash: write.requestHash,
  });

  const details = await tx.series.collisionDetails(collidingIds(verdicts));
  const previews = occurrencePreviewsOf(actor, verdicts, details);
  const occurrences: NewOccurrence[] = [];
  for (const [index, verdict] of verdicts.entries()) {
    const times = { date: verdict.date, start: verdict.interval.start, end: verdict.interval.end };
    const preview = previews[index];
    if (verdict.reason !== null || !verdict.bookingStatus) {
      const skipDetails = { findings: preview?.findings ?? [], collidesWith: preview?.collidesWith ?? [] };
      occurrences.push({ ...times, state: "skipped", reason: verdict.reason, details: skipDetails, bookingId: null });
      continue;
    }
    if (chosen && !chosen.has(verdict.date)) {
      // Bookable, but the user left it out: cancelled from the start, so the series still lists every date.
      occurrences.push({ ...times, state: "cancelled", reason: null, details: null, bookingId: null });
      continue;
    }
    const booking = await tx.bookings.insert(
      {
        spaceId: space.id,
        organisationId: organisation.id,
        bookedById: actor.userId,
        activityTypeId: activityType.id,
        title: input.title,
        description: input.description ?? null,
        expectedAttendees: input.expectedAttendees,
        start: verdict.interval.start,
        end: verdict.interval.end,
        status: verdict.bookingStatus,
        visibility,
        source: "series",
        bookerKind: subject.bookerKind,
        idempotencyKey: null,
        requestHash: null,
        seriesId,
        dropIn,
      },
      { centreId: space.centreId, organisation },
    );
    await tx.audit.record({
      ...audit,
      action: "booking.created",
      entityType: "booking",
      entityId: booking.id,
      before: null,
      after: { ...auditJsonOf(booking), findings: verdict.findings.map(toDecisionFindingDto) },
    });
    occurrences.push({ ...times, state: "booked", reason: null, details: null, bookingId: booking.id });
  }
  await tx.series.insertOccurrences(seriesId, occurrences);

  const count = (state: NewOccurrence["state"]) => occurrences.filter((o) => o.state === state).length;
  const after = seriesAuditJsonOf(
    { ...input, id: seriesId, centreId: space.centreId, organisationId: organisation.id, status: "active", version: 1 },
    { booked: count("booked"), skipped: count("skipped"), cancelled: count("cancelled") },
  );
  await tx.audit.record({ ...audit, action: "series.created", entityType: "series", entityId: seriesId, before: null, after });
}
