// PATCH /series/{id}: change one occurrence, this and the following, or all. Only booked occurrences that have
// not started change. A change of time, room or head count judges each of them again as a single booking's move
// would be judged (its own booking never in its way); `dryRun` only reports, and `misfits` says what happens to
// those the change no longer fits. Everything in one transaction, judged again under the rules' locks.
import type { SeriesChangeOutcome, UpdateSeries } from "@sambruk/contracts";
import { matchTerm, OSLO, occurrencesOf, parseWallTime, type Actor } from "@sambruk/domain";
import { isExclusionViolation } from "../../db/sql-state";
import { HttpProblem } from "../../http/problem";
import { requireSpaceInCentre } from "../bookings/space-move";
import { retryOnRace } from "../bookings/write-retry";
import type { SeriesDeps } from "./series.deps";
import { requireSeriesWriteAccess } from "./series-access";
import { currentSeries } from "./get-series";
import { judgeCandidates, loadPlanCentre, type PlanReads, type SeriesPlan } from "./series-plan";
import { seriesMisfits, seriesNotFound, staleSeries } from "./series-problems";
import { changeable, occurrencesInScope, type BookedOccurrence } from "./series-scope";
import { loadSubject, parseLocalDate } from "./series-subject";
import type { SeriesRecord } from "./series.repository";
import { applySeriesChange } from "./apply-series-change";
import { outcomesOf, type Judged } from "./series-outcomes";

export interface UpdateSeriesCommand {
  actor: Actor;
  id: string;
  /** The version the client changes (from If-Match). */
  version: number;
  patch: UpdateSeries;
  requestId: string | null;
}

export interface SeriesChangeResult {
  applied: boolean;
  occurrences: SeriesChangeOutcome[];
  series: SeriesRecord;
}

export async function updateSeries(deps: SeriesDeps, command: UpdateSeriesCommand): Promise<SeriesChangeResult> {
  const { actor, id, patch } = command;
  const current = await deps.series.series.findById(id);
  if (!current) throw seriesNotFound(id);
  requireSeriesWriteAccess(actor, current);
  if (current.version !== command.version) throw staleSeries(current.version);
  const { changes } = patch;
  if (changes.spaceId !== undefined) await requireSpaceInCentre(deps, changes.spaceId, current.centreId);
  const startTime = changes.startTime ?? current.startTime;
  const endTime = changes.endTime ?? current.endTime;
  if (endTime !== "24:00" && (parseWallTime(endTime) ?? 0) <= (parseWallTime(startTime) ?? 0)) {
    throw new HttpProblem(400, "validation_failed", "Invalid request", "The end must be after the start.", [
      { pointer: "/body/changes/endTime", code: "end_before_start", detail: "`endTime` must be after `startTime`." },
    ]);
  }
  const targets = changeable(occurrencesInScope(current, patch.scope, patch.date), deps.now());
  const subject = await loadSubject(deps, actor, {
    spaceId: changes.spaceId ?? current.spaceId,
    organisationId: current.organisation.id,
    activityTypeId: current.activityTypeId,
    title: changes.title ?? current.title,
    description: changes.description === undefined ? current.description : changes.description,
    expectedAttendees: changes.expectedAttendees ?? current.expectedAttendees,
  });
  const retimed = changes.startTime !== undefined || changes.endTime !== undefined;
  const candidates = targets.map((o) => {
    const date = parseLocalDate(o.date);
    const moved = retimed ? occurrencesOf([date], { startTime, endTime, timeZone: OSLO })[0]?.interval : undefined;
    return { date, interval: moved ?? { start: o.start, end: o.end }, ignoreBookingId: o.booking.id };
  });
  const plan: SeriesPlan = { seriesId: current.id, subject, now: deps.now(), candidates, centre: await loadPlanCentre(deps, subject, candidates) };
  const moves = [changes.spaceId, changes.startTime, changes.endTime, changes.expectedAttendees].some((value) => value !== undefined);
  const judge = async (reads: PlanReads): Promise<Judged[]> => {
    if (!moves) return textOnly(deps, current.centreId, plan, targets);
    const verdicts = await judgeCandidates(reads, plan, false);
    return verdicts.map((verdict, i) => ({ occurrence: at(targets, i), verdict, lockKeys: verdict.policy.lockKeys }));
  };

  const judged = await judge(deps.store);
  const report = await outcomesOf(deps, actor, judged);
  const misfit = report.some((o) => o.outcome !== "fits");
  if (patch.dryRun) return { applied: false, occurrences: report, series: current };
  if (misfit && patch.misfits === "refuse") throw seriesMisfits(report);

  try {
    const applied = await retryOnRace(() =>
      deps.series.transaction(async (tx) => {
        await tx.policy.lock(judged.flatMap((j) => j.lockKeys));
        const fresh = moves ? await judge(tx) : judged;
        const freshReport = await outcomesOf(deps, actor, fresh, tx.series);
        if (patch.misfits === "refuse" && freshReport.some((o) => o.outcome !== "fits")) throw seriesMisfits(freshReport);
        await applySeriesChange(tx, { actor, current, version: command.version, patch, judged: fresh, requestId: command.requestId });
        return freshReport;
      }),
    );
    return { applied: true, occurrences: applied, series: await currentSeries(deps, id) };
  } catch (error) {
    if (isExclusionViolation(error)) throw seriesMisfits(await outcomesOf(deps, actor, await judge(deps.store)));
    throw error;
  }
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

/**
 * Only the text changes: no rule but the word screen can judge it, so every occurrence fits; a confirmed one with a
 * screened word goes back to the front desk, as a single booking's edit does.
 */
async function textOnly(deps: SeriesDeps, centreId: string, plan: SeriesPlan, targets: readonly BookedOccurrence[]): Promise<Judged[]> {
  const { terms } = (await deps.parameters(centreId)).wordScreen;
  const { title, description } = plan.subject;
  const screened = [title, description].some((text) => typeof text === "string" && matchTerm(text, terms) !== null);
  return targets.map((occurrence, i) => ({
    occurrence,
    verdict: { date: occurrence.date, interval: at(plan.candidates, i).interval, reason: null, bookingStatus: screened ? "requested" : "confirmed", findings: [], collisions: [] },
    lockKeys: [],
  }));
}
