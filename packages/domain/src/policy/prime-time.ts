// Rule 8b: a share of prime time (e.g. Monday–Thursday 17–21) is kept for volunteer groups and residents until a
// release point a set number of days before the start; after it, anyone may book it.
import { openIntervals } from "../centres/open-intervals";
import { durationMs, intersectAll, merge, overlaps, type Interval } from "../time/interval";
import { localDatesOf } from "../time/local-date";
import { wallDayIntervals } from "../time/wall-clock-instant";
import { parseWallTime } from "../time/wall-time";
import { isoWeekdayOf } from "../time/zoned";
import { daysBefore, isoWeeksOf, overlapMs } from "./calendar";
import type { PolicyFinding } from "./decision";
import { centreUnits, HOUR_MS, roundHours } from "./fair-share";
import type { WeeklyWindow } from "./parameters";
import { liveBookings, requestInterval, zoneOf, type PolicyContext, type PolicyRequest } from "./request";

/** The prime-time pieces (on the zone's wall clock) of the days the interval touches, merged; malformed windows are skipped. */
export function primeTimePieces(interval: Interval, windows: readonly WeeklyWindow[], timeZone: string): Interval[] {
  const pieces = localDatesOf(interval, timeZone).flatMap((date) =>
    windows.flatMap((w) => {
      const from = parseWallTime(w.from);
      const to = parseWallTime(w.to);
      if (w.weekday !== isoWeekdayOf(date) || from === null || to === null) return [];
      return wallDayIntervals(date, from, to, timeZone);
    }),
  );
  return merge(pieces);
}

/** True when the interval touches a prime-time window (on the zone's wall clock); malformed windows are skipped. */
export function touchesPrimeTime(interval: Interval, windows: readonly WeeklyWindow[], timeZone: string): boolean {
  return primeTimePieces(interval, windows, timeZone).some((piece) => overlaps(piece, interval));
}

/**
 * Before the release point (the request's start wall-clock time, `releaseDays` calendar days earlier) a booker
 * kind the time is not reserved for may hold at most (100 − `reservedSharePercent`) % of the centre's prime time
 * in each ISO week. Measured in unit-hours as in fair share: the week's prime time = its prime-time windows
 * inside the centre's open time × the centre's physical units; held = the prime-time part of every live booking
 * of the centre by a non-reserved booker × the units its space occupies, plus the request's. Exactly at the cap
 * is fine; past it, `prime_time_reserved`. At the release point it is free.
 */
export function primeTimeFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const { primeTime } = context.parameters;
  const zone = zoneOf(context);
  const interval = requestInterval(request, context);
  if (interval === null || primeTime.reservedFor.includes(request.booker.kind)) return [];
  if (!touchesPrimeTime(interval, primeTime.windows, zone)) return [];
  const release = daysBefore(interval.start, primeTime.releaseDays, zone);
  if (context.now.getTime() >= release.getTime()) return [];
  const { byId, unitCount, allUnits } = centreUnits(context);
  const others = liveBookings(context).filter((b) => byId.has(b.spaceId) && !primeTime.reservedFor.includes(b.bookerKind));
  const openShare = 100 - primeTime.reservedSharePercent;
  const findings: PolicyFinding[] = [];
  for (const week of isoWeeksOf(interval, zone)) {
    const prime = intersectAll(primeTimePieces(week.interval, primeTime.windows, zone), openIntervals(context, week.interval));
    const within = (b: Interval) => prime.reduce((sum, piece) => sum + overlapMs(b, piece), 0);
    const primeMs = prime.reduce((sum, piece) => sum + durationMs(piece), 0) * allUnits;
    const heldMs = others.reduce((sum, b) => sum + within(b) * unitCount(byId.get(b.spaceId)), 0);
    const requestMs = within(interval) * unitCount(context.space);
    if (requestMs === 0 || (heldMs + requestMs) * 100 <= openShare * primeMs) continue;
    findings.push({
      code: "prime_time_reserved",
      severity: "refuse",
      rule: "prime_time",
      pointer: "/start",
      params: {
        week: week.label,
        reservedPercent: primeTime.reservedSharePercent,
        limitHours: roundHours((openShare * primeMs) / 100 / HOUR_MS),
        wouldBeHours: roundHours((heldMs + requestMs) / HOUR_MS),
        releaseDays: primeTime.releaseDays,
        releasesAt: release.toISOString(),
      },
    });
  }
  return findings;
}
