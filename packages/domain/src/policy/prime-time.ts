// Rule 8b: prime time (e.g. Monday–Thursday 17–21) is kept for volunteer groups and residents until a release
// point a set number of days before the start; after it, anyone may book it.
import { overlaps, type Interval } from "../time/interval";
import { localDatesOf } from "../time/local-date";
import { wallDayIntervals } from "../time/wall-clock-instant";
import { parseWallTime } from "../time/wall-time";
import { isoWeekdayOf } from "../time/zoned";
import { daysBefore } from "./calendar";
import type { PolicyFinding } from "./decision";
import type { WeeklyWindow } from "./parameters";
import { requestInterval, zoneOf, type PolicyContext, type PolicyRequest } from "./request";

/** True when the interval touches a prime-time window (on the zone's wall clock); malformed windows are skipped. */
export function touchesPrimeTime(interval: Interval, windows: readonly WeeklyWindow[], timeZone: string): boolean {
  return localDatesOf(interval, timeZone).some((date) =>
    windows.some((w) => {
      const from = parseWallTime(w.from);
      const to = parseWallTime(w.to);
      if (w.weekday !== isoWeekdayOf(date) || from === null || to === null) return false;
      return wallDayIntervals(date, from, to, timeZone).some((piece) => overlaps(piece, interval));
    }),
  );
}

/**
 * `prime_time_reserved` when a booker kind the time is not reserved for asks for prime time before the release
 * point: the request's start wall-clock time, `releaseDays` calendar days earlier. At the release point it is free.
 */
export function primeTimeFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const { primeTime } = context.parameters;
  const interval = requestInterval(request, context);
  if (interval === null || primeTime.reservedFor.includes(request.booker.kind)) return [];
  if (!touchesPrimeTime(interval, primeTime.windows, zoneOf(context))) return [];
  const release = daysBefore(interval.start, primeTime.releaseDays, zoneOf(context));
  if (context.now.getTime() >= release.getTime()) return [];
  return [
    {
      code: "prime_time_reserved",
      severity: "refuse",
      rule: "prime_time",
      pointer: "/start",
      params: { releaseDays: primeTime.releaseDays, releasesAt: release.toISOString() },
    },
  ];
}
