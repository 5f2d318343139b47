// Calendar arithmetic on LocalDate values, independent of any time zone.
import type { Interval } from "./interval";
import { isEmpty } from "./interval";
import { localDateOf, type LocalDate } from "./zoned";

const DAY_MS = 86_400_000;

/** Milliseconds of the date's midnight as if the date were in UTC (the "wall epoch" of the date). */
export function wallEpochOf(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromWallEpoch(epoch: number): LocalDate {
  const d = new Date(epoch);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidLocalDate(date: LocalDate): boolean {
  if (![date.year, date.month, date.day].every(Number.isInteger)) return false;
  const back = fromWallEpoch(wallEpochOf(date));
  return back.year === date.year && back.month === date.month && back.day === date.day;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromWallEpoch(wallEpochOf(date) + days * DAY_MS);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return wallEpochOf(a) - wallEpochOf(b);
}

/** "2026-03-29". */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Every calendar date (in the zone) that some instant of the interval falls on; empty for an empty interval. */
export function localDatesOf(interval: Interval, timeZone: string): LocalDate[] {
  if (isEmpty(interval)) return [];
  const first = localDateOf(interval.start, timeZone);
  const last = localDateOf(new Date(interval.end.getTime() - 1), timeZone);
  const dates: LocalDate[] = [];
  for (let date = first; compareLocalDates(date, last) <= 0; date = addDays(date, 1)) dates.push(date);
  return dates;
}
