// POST /series/{id}/cancel: cancels the bookings of the occurrences in scope that have not started, in one
// transaction; with scope "all" the series itself is cancelled. Past occurrences are never cancelled.
import type { CancelSeries } from "@sambruk/contracts";
import { cancellationOf, type Actor } from "@sambruk/domain";
import { auditJsonOf } from "../bookings/bookings.mapper";
import type { SeriesDeps } from "./series.deps";
import { requireSeriesWriteAccess } from "./series-access";
import { seriesAuditJsonOf, storedSeriesAuditJsonOf } from "./series.mapper";
import { seriesNotFound, staleSeries } from "./series-problems";
import { changeable, occurrencesInScope } from "./series-scope";
import type { SeriesRecord } from "./series.repository";
import type { SeriesWrites } from "./series-store.repository";
import { currentSeries } from "./get-series";

export interface CancelSeriesCommand {
  actor: Actor;
  id: string;
  /** From If-Match. */
  version: number;
  body: CancelSeries;
  requestId: string | null;
}

export async function cancelSeries(deps: SeriesDeps, command: CancelSeriesCommand): Promise<SeriesRecord> {
  const { actor, id, body } = command;
  const current = await deps.series.series.findById(id);
  if (!current) throw seriesNotFound(id);
  requireSeriesWriteAccess(actor, current);
  if (current.version !== command.version) throw staleSeries(current.version);
  const targets = changeable(occurrencesInScope(current, body.scope, body.date), deps.now());

  await deps.series.transaction(async (tx) => {
    if (!(await tx.series.updateIfVersion(id, command.version, body.scope === "all" ? { status: "cancelled" } : {}))) throw staleSeries();
    const audit = { actorId: actor.userId, actingOrganisationId: current.organisation.id, centreId: current.centreId, requestId: command.requestId };
    let cancelled = 0;
    for (const occurrence of targets) {
      if (!(await cancelBooking(tx, occurrence.booking.id, audit))) continue;
      await tx.series.updateOccurrence(id, occurrence.date, { state: "cancelled" });
      cancelled += 1;
    }
    const status = body.scope === "all" ? "cancelled" : current.status;
    const after = { ...current, organisationId: current.organisation.id, status, version: current.version + 1 };
    await tx.audit.record({
      ...audit,
      action: "series.cancelled",
      entityType: "series",
      entityId: id,
      before: storedSeriesAuditJsonOf(current),
      after: seriesAuditJsonOf(after, { scope: body.scope, ...(body.date ? { date: body.date } : {}), cancelled }),
    });
  });
  return currentSeries(deps, id);
}

type AuditBase = Pick<Parameters<SeriesWrites["audit"]["record"]>[0], "actorId" | "actingOrganisationId" | "centreId" | "requestId">;

/** True when the booking is cancelled now (also when it already was). */
export async function cancelBooking(tx: SeriesWrites, bookingId: string, audit: AuditBase): Promise<boolean> {
  const booking = await tx.bookings.findById(bookingId);
  if (!booking) return false;
  const cancellation = cancellationOf(booking.status);
  if (cancellation !== "cancel") return cancellation === "already_cancelled";
  const updated = await tx.bookings.updateIfVersion(booking.id, booking.version, { status: "cancelled" });
  if (!updated) throw staleSeries();
  await tx.audit.record({
    ...audit,
    action: "booking.cancelled",
    entityType: "booking",
    entityId: booking.id,
    before: auditJsonOf(booking),
    after: auditJsonOf(updated),
  });
  return true;
}
