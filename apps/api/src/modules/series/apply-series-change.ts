// The writes of a series change, inside its transaction: each occurrence that fits takes the change, each misfit
// is kept as it is or cancelled, the series row takes the new values, and everything is audited.
import type { UpdateSeries } from "@sambruk/contracts";
import { statusAfterChange, type Actor } from "@sambruk/domain";
import { auditJsonOf } from "../bookings/bookings.mapper";
import type { BookingChanges } from "../bookings/bookings.repository";
import { cancelBooking } from "./cancel-series";
import { seriesAuditJsonOf, storedSeriesAuditJsonOf } from "./series.mapper";
import { fits, type Judged } from "./series-outcomes";
import { staleSeries } from "./series-problems";
import type { SeriesChanges, SeriesRecord } from "./series.repository";
import type { SeriesWrites } from "./series-store.repository";

export interface SeriesChangeToApply {
  actor: Actor;
  current: SeriesRecord;
  version: number;
  patch: UpdateSeries;
  /** Judged under the transaction's locks. */
  judged: readonly Judged[];
  requestId: string | null;
}

export async function applySeriesChange(tx: SeriesWrites, change: SeriesChangeToApply): Promise<void> {
  const { actor, current, patch } = change;
  const { changes } = patch;
  const text = {
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.description === undefined ? {} : { description: changes.description }),
    ...(changes.expectedAttendees === undefined ? {} : { expectedAttendees: changes.expectedAttendees }),
  };
  // The series row describes the rule's dates from now on: a change of all or of the following occurrences is
  // written to it (for "following", the earlier occurrences keep their own times on their rows and bookings); a
  // change of one occurrence only bumps its version.
  const seriesChanges: SeriesChanges =
    patch.scope === "occurrence"
      ? {}
      : {
          ...text,
          ...(changes.spaceId === undefined ? {} : { spaceId: changes.spaceId }),
          ...(changes.startTime === undefined ? {} : { startTime: changes.startTime }),
          ...(changes.endTime === undefined ? {} : { endTime: changes.endTime }),
        };
  if (!(await tx.series.updateIfVersion(current.id, change.version, seriesChanges))) throw staleSeries();

  const audit = { actorId: actor.userId, actingOrganisationId: current.organisation.id, centreId: current.centreId, requestId: change.requestId };
  const counts = { changed: 0, cancelled: 0, kept: 0 };
  for (const judged of change.judged) {
    const { occurrence, verdict } = judged;
    if (!fits(judged)) {
      if (patch.misfits === "cancel" && (await cancelBooking(tx, occurrence.booking.id, audit))) {
        await tx.series.updateOccurrence(current.id, occurrence.date, { state: "cancelled" });
        counts.cancelled += 1;
      } else {
        counts.kept += 1;
      }
      continue;
    }
    const booking = await tx.bookings.findById(occurrence.booking.id);
    if (!booking) continue;
    const status = statusAfterChange(booking.status, verdict.bookingStatus === "requested");
    const bookingChanges: BookingChanges = {
      ...text,
      ...(changes.spaceId === undefined ? {} : { spaceId: changes.spaceId }),
      start: verdict.interval.start,
      end: verdict.interval.end,
      ...(status === booking.status ? {} : { status }),
    };
    const updated = await tx.bookings.updateIfVersion(booking.id, booking.version, bookingChanges);
    if (!updated) throw staleSeries();
    await tx.audit.record({ ...audit, action: "booking.updated", entityType: "booking", entityId: booking.id, before: auditJsonOf(booking), after: auditJsonOf(updated) });
    await tx.series.updateOccurrence(current.id, occurrence.date, { start: verdict.interval.start, end: verdict.interval.end });
    counts.changed += 1;
  }

  const after = { ...current, ...seriesChanges, organisationId: current.organisation.id, version: current.version + 1 };
  await tx.audit.record({
    ...audit,
    action: "series.updated",
    entityType: "series",
    entityId: current.id,
    before: storedSeriesAuditJsonOf(current),
    after: seriesAuditJsonOf(after, { scope: patch.scope, ...(patch.date ? { date: patch.date } : {}), ...counts }),
  });
}
