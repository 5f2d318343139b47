// Rule 5: outside the centre's staffed hours (no host at the front desk) only organisations with a key agreement
// may use the premises. Opening hours, closures and holidays are the booking check's: a request outside them
// gets that reason alone.
import { openIntervals } from "../centres/open-intervals";
import type { Interval } from "../time/interval";
import type { PolicyFinding } from "./decision";
import { requestInterval, zoneOf, type PolicyContext, type PolicyRequest } from "./request";

/**
 * `outside_staffed_hours` unless the whole requested interval lies in one stretch of staffed hours (on the wall
 * clock of the centre's zone, so DST days follow the clock) or the booker has a key agreement.
 */
export function staffedHoursFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const staffed = context.staffedHours;
  const interval = requestInterval(request, context);
  if (staffed === undefined || interval === null || request.booker.keyAgreement) return [];
  // Outside opening hours (or in a closure) the booking check refuses already, with the reason that matters.
  if (!coversWhole(openIntervals(context, interval), interval)) return [];
  const pieces = openIntervals({ weeklyHours: staffed, openOnHolidays: true, timeZone: zoneOf(context) }, interval);
  return coversWhole(pieces, interval) ? [] : [{ code: "outside_staffed_hours", severity: "refuse", rule: "staffed_hours", pointer: "/start" }];
}

/** True when the pieces are one stretch that is the whole interval. */
function coversWhole(pieces: readonly Interval[], interval: Interval): boolean {
  const [only] = pieces;
  return (
    pieces.length === 1 &&
    only !== undefined &&
    only.start.getTime() === interval.start.getTime() &&
    only.end.getTime() === interval.end.getTime()
  );
}
