// Calendar helpers of the policy rules: ISO weeks in a zone, and "N days before" on the wall clock.
import { durationMs, intersect, intervalBetween, type Interval } from "../time/interval";
import { addDays, wallEpochOf } from "../time/local-date";
import { instantAt, resolveWallClock } from "../time/wall-clock-instant";
import { isoWeekdayOf, localDateOf, wallMinutesOf, type LocalDate } from "../time/zoned";

const EARLIER = { ambiguous: "earlier", nonexistent: "transition" } as const;
const DAY_MS = 86_400_000;

export interface IsoWeek {
  /** "2026-W13". */
  label: string;
  /** Monday 00:00 to the next Monday 00:00 in the zone (167, 168 or 169 hours). */
  interval: Interval;
}

/** The start of a date in the zone (the first instant its wall clock shows it). */
export function startOfDate(date: LocalDate, timeZone: string): Date {
  return resolveWallClock(instantAt(date, 0, timeZone), EARLIER) ?? new Date(wallEpochOf(date));
}

/** The ISO week (in the zone) an instant falls in. */
export function isoWeekOf(instant: Date, timeZone: string): IsoWeek {
  const date = localDateOf(instant, timeZone);
  const monday = addDays(date, 1 - isoWeekdayOf(date));
  const thursday = addDays(monday, 3);
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((wallEpochOf(thursday) - wallEpochOf(firstOfYear)) / DAY_MS / 7) + 1;
  const label = `${thursday.year}-W${String(week).padStart(2, "0")}`;
  return { label, interval: intervalBetween(startOfDate(monday, timeZone), startOfDate(addDays(monday, 7), timeZone)) };
}

/** Every ISO week the interval touches, in order. */
export function isoWeeksOf(interval: Interval, timeZone: string): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  let cursor = interval.start;
  while (cursor.getTime() < interval.end.getTime()) {
    const week = isoWeekOf(cursor, timeZone);
    weeks.push(week);
    cursor = week.interval.end;
  }
  return weeks;
}

/** Milliseconds of `interval` inside `bounds`. */
export function overlapMs(interval: Interval, bounds: Interval): number {
  const common = intersect(interval, bounds);
  return common ? durationMs(common) : 0;
}

/** Day counts are clamped to a century either way; NaN and Infinity count as 0. */
const MAX_DAYS = 36_500;

/**
 * The same wall-clock time `days` calendar days before the instant (so DST changes do not shift it). Nonsense day
 * counts (which parameter validation reports) are clamped rather than allowed to throw.
 */
export function daysBefore(instant: Date, days: number, timeZone: string): Date {
  const safeDays = Number.isFinite(days) ? Math.max(-MAX_DAYS, Math.min(MAX_DAYS, Math.trunc(days))) : 0;
  const date = addDays(localDateOf(instant, timeZone), -safeDays);
  const result = resolveWallClock(instantAt(date, wallMinutesOf(instant, timeZone), timeZone), EARLIER);
  return result ?? new Date(instant.getTime() - safeDays * DAY_MS);
}

