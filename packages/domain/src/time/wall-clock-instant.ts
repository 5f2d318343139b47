// From a wall-clock time in a zone to instants, with daylight-saving changes made explicit.
//
// A wall-clock time can map to one instant, to none (it falls in the spring-forward gap: 02:30 on 2026-03-29 in
// Oslo, when the clocks jump from 02:00 to 03:00), or to two (it falls in the repeated hour of the fall-back:
// 02:30 on 2026-10-25 happens first in summer time, UTC+2, then again in winter time, UTC+1). `instantAt` returns
// all three cases as a union, so a caller has to decide; `resolveWallClock` names the usual decisions.
import { intervalBetween, merge, type Interval } from "./interval";
import { wallEpochOf } from "./local-date";
import { offsetSegments } from "./offset-segments";
import { MINUTES_PER_DAY } from "./wall-time";
import type { LocalDate } from "./zoned";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
// Real offsets lie within −12 h … +14 h, so every instant of a wall time lies within 15 h of its wall epoch.
const REACH_MS = 15 * HOUR_MS;

export type WallClockResult =
  | { kind: "exact"; instant: Date }
  /** The time was skipped. `transition` is the instant the clocks jumped over it (03:00 summer time in Oslo). */
  | { kind: "nonexistent"; transition: Date }
  /** The time happened twice. `earlier` is in the offset before the change (summer time in Oslo). */
  | { kind: "ambiguous"; earlier: Date; later: Date };

/** The instant(s) at which the wall clock in the zone shows `minute` (0–1440) on `date`. */
export function instantAt(date: LocalDate, minute: number, timeZone: string): WallClockResult {
  if (!Number.isInteger(minute) || minute < 0 || minute > MINUTES_PER_DAY) {
    throw new RangeError(`Not a wall time in minutes: ${minute}`);
  }
  const wall = wallEpochOf(date) + minute * MINUTE_MS;
  const segments = offsetSegments(timeZone, wall - REACH_MS, wall + REACH_MS);
  const candidates = segments
    .filter((segment) => segment.start <= wall - segment.offsetMs && wall - segment.offsetMs < segment.end)
    .map((segment) => wall - segment.offsetMs);
  const [first, second] = candidates;
  if (first !== undefined && second !== undefined) {
    return { kind: "ambiguous", earlier: new Date(first), later: new Date(second) };
  }
  if (first !== undefined) return { kind: "exact", instant: new Date(first) };
  const after = segments.find((segment) => segment.start + segment.offsetMs > wall);
  return { kind: "nonexistent", transition: new Date(after?.start ?? wall) };
}

export interface WallClockPolicy {
  /** Which of the two instants of a repeated time to take. */
  ambiguous: "earlier" | "later" | "reject";
  /** "reject" (null), or "transition": the instant the clocks jumped over the time. */
  nonexistent: "transition" | "reject";
}

/** Applies an explicit policy to a wall-clock result; null when the policy rejects it. */
export function resolveWallClock(result: WallClockResult, policy: WallClockPolicy): Date | null {
  switch (result.kind) {
    case "exact":
      return result.instant;
    case "nonexistent":
      return policy.nonexistent === "transition" ? result.transition : null;
    case "ambiguous":
      if (policy.ambiguous === "reject") return null;
      return policy.ambiguous === "earlier" ? result.earlier : result.later;
  }
}

/**
 * The instants at which the wall clock on `date` shows a time in [fromMinute, toMinute): sorted, disjoint.
 * Usually one interval; 00:00–24:00 lasts 23 h on the spring-forward day and 25 h on the fall-back day. Skipped
 * times contribute nothing; the repeated hour counts twice, so a range that starts and ends inside it (02:15–02:45
 * on the fall-back day) gives two intervals, one in each offset.
 */
export function wallDayIntervals(date: LocalDate, fromMinute: number, toMinute: number, timeZone: string): Interval[] {
  const day = wallEpochOf(date);
  const from = day + Math.max(0, fromMinute) * MINUTE_MS;
  const to = day + Math.min(MINUTES_PER_DAY, toMinute) * MINUTE_MS;
  if (!(from < to)) return [];
  const segments = offsetSegments(timeZone, day - REACH_MS, day + MINUTES_PER_DAY * MINUTE_MS + REACH_MS);
  return merge(
    segments.map((segment) =>
      intervalBetween(Math.max(segment.start, from - segment.offsetMs), Math.min(segment.end, to - segment.offsetMs)),
    ),
  );
}

/**
 * Every instant on `date` whose wall-clock minute is a multiple of `stepMinutes` counted from local midnight,
 * sorted. Skipped times have none; repeated times have two.
 */
export function slotStartsOnDate(date: LocalDate, stepMinutes: number, timeZone: string): Date[] {
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0) return [];
  const day = wallEpochOf(date);
  const segments = offsetSegments(timeZone, day - REACH_MS, day + MINUTES_PER_DAY * MINUTE_MS + REACH_MS);
  const starts: number[] = [];
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += stepMinutes) {
    const wall = day + minute * MINUTE_MS;
    for (const segment of segments) {
      const t = wall - segment.offsetMs;
      if (segment.start <= t && t < segment.end) starts.push(t);
    }
  }
  return starts.sort((a, b) => a - b).map((t) => new Date(t));
}
