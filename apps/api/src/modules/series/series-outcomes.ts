// What a change means for each occurrence in scope: it fits, it collides (conflict), or the rules refuse it.
import type { SeriesChangeOutcome } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import { toDecisionFindingDto } from "../bookings/bookings.mapper";
import type { SeriesDeps } from "./series.deps";
import type { Verdict } from "./series-judge";
import { collisionDtoOf } from "./series.mapper";
import type { SeriesRepository } from "./series.repository";
import type { BookedOccurrence } from "./series-scope";

export interface Judged {
  occurrence: BookedOccurrence;
  verdict: Omit<Verdict, "policy">;
  /** The rules' locks its new time needs (none when only the text changes). */
  lockKeys: string[];
}

export const fits = (judged: Judged): boolean => judged.verdict.reason === null;

/** `repository`: where to read the collisions' details (inside a transaction, its own). */
export async function outcomesOf(
  deps: SeriesDeps,
  actor: Actor,
  judged: readonly Judged[],
  repository: Pick<SeriesRepository, "collisionDetails"> = deps.series.series,
): Promise<SeriesChangeOutcome[]> {
  const details = await repository.collisionDetails(judged.flatMap((j) => j.verdict.collisions.map((b) => b.id)));
  return judged.map(({ verdict }) => ({
    date: verdict.date,
    start: verdict.interval.start.toISOString(),
    end: verdict.interval.end.toISOString(),
    outcome: verdict.reason === null ? "fits" : verdict.reason === "overlap" || verdict.reason === "priority" ? "conflict" : "refused",
    findings: verdict.findings.map(toDecisionFindingDto),
    collidesWith: verdict.collisions.map((booking) => collisionDtoOf(actor, booking, details.get(booking.id))),
  }));
}
