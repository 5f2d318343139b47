// POST /series/preview: every occurrence judged as a single booking would be; nothing is written.
import { randomUUID } from "node:crypto";
import type { OccurrencePreview, SeriesInput, SeriesPreview } from "@sambruk/contracts";
import { describeRrule, type Actor } from "@sambruk/domain";
import type { SeriesDeps } from "./series.deps";
import type { Verdict } from "./series-judge";
import { collisionDtoOf, occurrencePreviewOf, previewOf } from "./series.mapper";
import type { CollisionDetail } from "./series.repository";
import { judgePlan, planSeries, type SeriesPlan } from "./series-plan";
import { parseLocalDate } from "./series-subject";

export async function previewSeries(deps: SeriesDeps, actor: Actor, input: SeriesInput): Promise<SeriesPreview> {
  // The series has no id yet: a temporary one lets the rules tell its occurrences from the organisation's others.
  return previewOfPlan(deps, actor, input, await planSeries(deps, actor, input, randomUUID()));
}

/** A fresh preview of a plan, read outside any transaction. */
export async function previewOfPlan(deps: SeriesDeps, actor: Actor, input: Pick<SeriesInput, "rrule" | "firstDate">, plan: SeriesPlan): Promise<SeriesPreview> {
  const verdicts = await judgePlan(deps.store, plan);
  const details = await deps.series.series.collisionDetails(collidingIds(verdicts));
  return previewOf(occurrencePreviewsOf(actor, verdicts, details), describeRrule(input.rrule, parseLocalDate(input.firstDate)));
}

export function occurrencePreviewsOf(actor: Actor, verdicts: readonly Verdict[], details: ReadonlyMap<string, CollisionDetail>): OccurrencePreview[] {
  return verdicts.map((verdict) =>
    occurrencePreviewOf(
      verdict,
      verdict.collisions.map((booking) => collisionDtoOf(actor, booking, details.get(booking.id))),
    ),
  );
}

export const collidingIds = (verdicts: readonly Verdict[]): string[] => verdicts.flatMap((v) => v.collisions.map((b) => b.id));
