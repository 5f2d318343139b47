// POST /series: judge, then book every chosen occurrence in one transaction under the rules' locks, or none.
// The dates sent must all still be bookable when judged again under the locks, and the database's exclusion
// constraint has the last word on each booking: either fails, the whole series rolls back (409 series_changed).
import { randomUUID } from "node:crypto";
import type { CreateSeries } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { isExclusionViolation, isUniqueViolation } from "../../db/sql-state";
import { idempotencyKeyReused } from "../bookings/booking-problems";
import { toDecisionFindingDto } from "../bookings/bookings.mapper";
import { requestHashOf } from "../bookings/idempotency";
import { retryOnRace } from "../bookings/write-retry";
import type { SeriesDeps } from "./series.deps";
import type { Verdict } from "./series-judge";
import { judgePlan, lockKeysOf, planSeries } from "./series-plan";
import { noneBookable, notAnOccurrence, seriesChanged, seriesNotFound, SeriesChangedUnderLock } from "./series-problems";
import { previewOfPlan } from "./preview-series";
import type { SeriesRecord } from "./series.repository";
import { writeSeries } from "./write-series";

export interface CreateSeriesCommand {
  actor: Actor;
  input: CreateSeries;
  idempotencyKey: string;
  requestId: string | null;
}

export async function createSeries(deps: SeriesDeps, command: CreateSeriesCommand): Promise<SeriesRecord> {
  const { actor, input, idempotencyKey } = command;
  const requestHash = requestHashOf(input);
  const previous = await deps.series.series.findByIdempotencyKey(actor.userId, idempotencyKey);
  if (previous) return replay(previous, requestHash);

  const plan = await planSeries(deps, actor, input, randomUUID());
  const verdicts = await judgePlan(deps.store, plan);
  const chosen = chosenDates(input.dates, verdicts);
  if (chosen && verdicts.some((v) => chosen.has(v.date) && v.reason !== null)) throw seriesChanged(await previewOfPlan(deps, actor, input, plan));
  if (!verdicts.some((v) => v.reason === null)) throw noneBookable((verdicts[0]?.findings ?? []).map(toDecisionFindingDto));

  try {
    await retryOnRace(() =>
      deps.series.transaction(async (tx) => {
        // Quotas and fair share of every week: the counts read under the locks are the ones the series is judged by.
        await tx.policy.lock(lockKeysOf(verdicts));
        const fresh = await judgePlan(tx, plan);
        const booked = fresh.filter((v) => v.reason === null && (!chosen || chosen.has(v.date)));
        if (chosen && booked.length < chosen.size) throw new SeriesChangedUnderLock();
        if (booked.length === 0) throw noneBookable((fresh[0]?.findings ?? []).map(toDecisionFindingDto));
        await writeSeries(tx, { actor, input, plan, verdicts: fresh, chosen, idempotencyKey, requestHash, requestId: command.requestId });
      }),
    );
  } catch (error) {
    // A concurrent request with the same key won: answer as its retry.
    if (isUniqueViolation(error)) {
      const winner = await deps.series.series.findByIdempotencyKey(actor.userId, idempotencyKey);
      if (winner) return replay(winner, requestHash);
    }
    if (error instanceof SeriesChangedUnderLock || isExclusionViolation(error)) throw seriesChanged(await previewOfPlan(deps, actor, input, plan));
    throw error;
  }
  const created = await deps.series.series.findById(plan.seriesId);
  if (!created) throw seriesNotFound(plan.seriesId);
  return created;
}

/** The dates sent, each one an occurrence of the rule (400 otherwise); null when none were sent: every bookable one. */
function chosenDates(dates: readonly string[] | undefined, verdicts: readonly Verdict[]): Set<string> | null {
  if (!dates) return null;
  const occurrences = new Set(verdicts.map((v) => v.date));
  dates.forEach((date, index) => {
    if (!occurrences.has(date)) throw notAnOccurrence(`/body/dates/${index}`, date);
  });
  return new Set(dates);
}

/** A retry gets the series as it is now; the same key with another request is refused. */
function replay(previous: SeriesRecord, requestHash: string): SeriesRecord {
  if (previous.requestHash !== requestHash) throw idempotencyKeyReused();
  return previous;
}
