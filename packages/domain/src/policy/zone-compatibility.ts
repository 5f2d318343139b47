// Rule 3: activities whose tags clash (e.g. a confidential conversation beside a loud one) may not run at the
// same time in spaces of the same zone (a shared corridor or waiting area).
import { overlaps } from "../time/interval";
import type { PolicyFinding } from "./decision";
import { liveBookings, requestInterval, type PolicyContext, type PolicyRequest } from "./request";

/** The first incompatible pair (in parameter order) between the two tag sets, as [mine, theirs], or null. */
export function clashingTags(
  mine: readonly string[],
  theirs: readonly string[],
  pairs: readonly (readonly [string, string])[],
): [string, string] | null {
  for (const pair of pairs) {
    if (!Array.isArray(pair)) continue;
    const [a, b] = pair;
    if (mine.includes(a) && theirs.includes(b)) return [a, b];
    if (mine.includes(b) && theirs.includes(a)) return [b, a];
  }
  return null;
}

/**
 * One refusal per live booking (requested, confirmed, checked in) in another space of the requested space's zone
 * whose booked time overlaps the request and whose tags clash with the activity's; sorted by start, then id.
 */
export function zoneFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const zone = context.space.zone;
  const interval = requestInterval(request, context);
  if (zone === null || interval === null) return [];
  const zoneSpaces = new Set(context.spaces.filter((s) => s.zone === zone && s.id !== context.space.id).map((s) => s.id));
  const others = liveBookings(context)
    .filter((b) => zoneSpaces.has(b.spaceId) && overlaps(b, interval))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const findings: PolicyFinding[] = [];
  for (const other of others) {
    const clash = clashingTags(request.activity.tags, other.tags, context.parameters.incompatibleTags);
    if (clash === null) continue;
    findings.push({
      code: "zone_incompatible",
      severity: "refuse",
      rule: "zone_compatibility",
      pointer: "/start",
      params: { tag: clash[0], otherTag: clash[1], zone },
      concerns: { bookingId: other.id },
    });
  }
  return findings;
}
