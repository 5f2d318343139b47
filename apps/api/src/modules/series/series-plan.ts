// A new series' occurrences judged with one read of the centre and one of the rules' bookings for the whole
// range: the preview's answer, and, read again under the locks, the create's.
import { intervalBetween, type Actor, type PolicyBooking } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import type { PolicyBookingQuery } from "../bookings/policy-bookings.repository";
import type { LoadedCentre } from "../spaces/centre-snapshot.repository";
import type { SeriesDeps } from "./series.deps";
import { judgeOccurrences, policyInputsOf, policyQueryOf, type Candidate, type Verdict } from "./series-judge";
import { loadSubject, occurrencesOfSeries, type SeriesSubject, type SeriesTimes, type SubjectInput } from "./series-subject";

export interface SeriesPlan {
  seriesId: string;
  subject: SeriesSubject;
  candidates: Candidate[];
  now: Date;
  /** Opening hours, closures and holidays over every candidate, read once for the whole range. */
  centre: LoadedCentre;
}

/** What a judgement reads: outside a transaction (preview), or inside one, under its locks (create, change). */
export interface PlanReads {
  policy: { bookings(query: PolicyBookingQuery): Promise<PolicyBooking[]> };
}

export async function planSeries(deps: SeriesDeps, actor: Actor, input: SubjectInput & SeriesTimes, seriesId: string): Promise<SeriesPlan> {
  const subject = await loadSubject(deps, actor, input);
  const candidates = occurrencesOfSeries(input).map(({ date, interval }) => ({ date, interval }));
  return { seriesId, subject, candidates, now: deps.now(), centre: await loadPlanCentre(deps, subject, candidates) };
}

/** The centre over the candidates' whole range: one read, not one per occurrence. */
export async function loadPlanCentre(deps: Pick<SeriesDeps, "store">, subject: SeriesSubject, candidates: readonly Candidate[]): Promise<LoadedCentre> {
  const starts = candidates.map((c) => c.interval.start.getTime());
  const ends = candidates.map((c) => c.interval.end.getTime());
  const range = starts.length === 0 ? intervalBetween(0, 0) : intervalBetween(Math.min(...starts), Math.max(...ends));
  const centre = await deps.store.loadCentre(subject.space.centreId, range);
  if (!centre) throw notFound(`No centre with id ${subject.space.centreId}.`);
  return centre;
}

/** Every candidate judged in order, the earlier bookable ones counted toward the later ones' quotas. */
export async function judgePlan(reads: PlanReads, plan: SeriesPlan): Promise<Verdict[]> {
  return judgeCandidates(reads, plan, true);
}

/**
 * `countEarlier`: false when the candidates are stored occurrences, which the bookings read already count. The
 * bookings in the way are the centre's live ones the rules read now (over whole ISO weeks), so that a judgement
 * under the locks sees what committed before them.
 */
export async function judgeCandidates(reads: PlanReads, plan: SeriesPlan, countEarlier: boolean): Promise<Verdict[]> {
  const { subject, seriesId, candidates, now } = plan;
  const first = candidates[0];
  if (!first) return [];
  const inputs = candidates.map((candidate) => policyInputsOf(subject, seriesId, plan.centre, now, candidate));
  const fallback = { ownerId: subject.organisation.id, centreId: plan.centre.centreId, range: first.interval, now };
  const policyBookings = await reads.policy.bookings(policyQueryOf(inputs, fallback));
  const spaceIds = new Set(plan.centre.spaces.map((space) => space.id));
  const centre = { ...plan.centre, bookings: policyBookings.filter((booking) => spaceIds.has(booking.spaceId)) };
  return judgeOccurrences({ subject, seriesId, centre, now, candidates, inputs, policyBookings, countEarlier });
}
/** The advisory locks that keep the rules' counts true for every week of the verdicts until commit. */
export function lockKeysOf(verdicts: readonly Verdict[]): string[] {
  return [...new Set(verdicts.flatMap((verdict) => verdict.policy.lockKeys))];
}
