// Rule 8a: per centre and ISO week, targeted (specialised) services may hold at most a set share of the
// bookable hours, so no service area crowds out the others.
import { openIntervals } from "../centres/open-intervals";
import type { Space } from "../spaces/space";
import { unitsOf } from "../spaces/units";
import { durationMs } from "../time/interval";
import { isoWeeksOf, overlapMs } from "./calendar";
import type { PolicyFinding } from "./decision";
import { liveBookings, requestInterval, zoneOf, type PolicyContext, type PolicyRequest } from "./request";

export const HOUR_MS = 3_600_000;

/**
 * Measured in unit-hours, so a divisible hall counts once per part and is never counted twice:
 * - bookable hours of a week = the centre's open time in that ISO week (weekly hours on the wall clock, minus
 *   holidays and closures of the context) × the number of physical units of the centre's spaces;
 * - targeted hours = for each live (requested, confirmed, checked-in) booking of a targeted activity in the
 *   centre, its time inside the week × the units its space occupies, plus the request's if it is targeted.
 * Refused (`fair_share_exceeded`) when targeted hours would pass `targetedMaxPercent` % of bookable hours;
 * exactly at the cap is fine.
 */
export function fairShareFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const interval = requestInterval(request, context);
  if (interval === null || !request.activity.targeted) return [];
  const { byId, unitCount, allUnits } = centreUnits(context);
  const targeted = liveBookings(context).filter((b) => b.targeted && byId.has(b.spaceId));
  const percent = context.parameters.fairShare.targetedMaxPercent;
  const findings: PolicyFinding[] = [];
  for (const week of isoWeeksOf(interval, zoneOf(context))) {
    const openMs = openIntervals(context, week.interval).reduce((sum, piece) => sum + durationMs(piece), 0);
    const bookableMs = openMs * allUnits;
    const heldMs = targeted.reduce((sum, b) => sum + overlapMs(b, week.interval) * unitCount(byId.get(b.spaceId)), 0);
    const wouldBeMs = heldMs + overlapMs(interval, week.interval) * unitCount(context.space);
    if (wouldBeMs * 100 > percent * bookableMs) {
      findings.push({
        code: "fair_share_exceeded",
        severity: "refuse",
        rule: "fair_share",
        pointer: "/activityTypeId",
        params: {
          week: week.label,
          percent,
          limitHours: roundHours((percent * bookableMs) / 100 / HOUR_MS),
          wouldBeHours: roundHours(wouldBeMs / HOUR_MS),
        },
      });
    }
  }
  return findings;
}

export interface CentreUnits {
  /** The centre's spaces by id, the requested one included. */
  byId: ReadonlyMap<string, Space>;
  /** The physical units a space occupies (1 for a space the context does not know). */
  unitCount: (space: Space | undefined) => number;
  /** The number of physical units of the centre, each counted once. */
  allUnits: number;
}

/** The requested space's centre measured in physical units, for unit-hours. */
export function centreUnits(context: PolicyContext): CentreUnits {
  const others = context.spaces.filter((s) => s.centreId === context.space.centreId && s.id !== context.space.id);
  const spaces = [context.space, ...others];
  return {
    byId: new Map(spaces.map((s) => [s.id, s])),
    unitCount: (space) => (space ? unitsOf(space, spaces).length : 1),
    allUnits: new Set(spaces.flatMap((s) => unitsOf(s, spaces))).size,
  };
}

/** Hours rounded to two decimals, for messages. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}
