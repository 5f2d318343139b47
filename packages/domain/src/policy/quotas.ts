// Rule 7: quotas per organisation and per resident: booked hours per ISO week and active bookings.
import { durationMs } from "../time/interval";
import { isoWeeksOf, overlapMs } from "./calendar";
import type { PolicyFinding } from "./decision";
import type { QuotaLimits } from "./parameters";
import { liveBookings, requestInterval, zoneOf, type PolicyBooking, type PolicyContext, type PolicyRequest } from "./request";

const HOUR_MS = 3_600_000;

/** Residents (booking without an organisation) have the resident quota; everyone else the organisation's. */
export function quotaLimitsFor(request: PolicyRequest, context: PolicyContext): QuotaLimits {
  const quotas = context.parameters.quotas;
  return request.booker.kind === "resident" || request.booker.organisationKind === null ? quotas.resident : quotas.organisation;
}

/**
 * For each ISO week (in the centre's zone) the request touches: the owner's live booked hours in that week plus
 * the request's part of it, refused (`quota_hours_exceeded`) when above the limit — exactly at it is fine.
 * Active bookings: the owner's live bookings that have not ended at `now`, plus this one
 * (`quota_active_exceeded` when above the limit); the bookings of one series count as one, and an occurrence of a
 * series that already counts adds nothing. Hours count every occurrence, in elapsed time.
 */
export function quotaFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const interval = requestInterval(request, context);
  if (interval === null) return [];
  const limits = quotaLimitsFor(request, context);
  const owned = liveBookings(context).filter((b) => b.ownerId === request.booker.ownerId);
  const findings: PolicyFinding[] = [];
  for (const week of isoWeeksOf(interval, zoneOf(context))) {
    const bookedMs = owned.reduce((sum, b) => sum + overlapMs(b, week.interval), 0);
    const wouldBeHours = (bookedMs + overlapMs(interval, week.interval)) / HOUR_MS;
    if (wouldBeHours > limits.hoursPerWeek) {
      findings.push({
        code: "quota_hours_exceeded",
        severity: "refuse",
        rule: "quotas",
        pointer: "/end",
        params: { week: week.label, limitHours: limits.hoursPerWeek, wouldBeHours: round(wouldBeHours) },
      });
    }
  }
  const active = activeCount(owned, request.seriesId, context.now);
  if (durationMs(interval) > 0 && active > limits.activeBookings) {
    findings.push({
      code: "quota_active_exceeded",
      severity: "refuse",
      rule: "quotas",
      params: { limit: limits.activeBookings, wouldBe: active },
    });
  }
  return findings;
}

/** The owner's bookings not ended at `now`, a series counted once, with the request. */
function activeCount(owned: readonly PolicyBooking[], seriesId: string | undefined, now: Date): number {
  const keys = new Set(
    owned.filter((b) => b.end.getTime() > now.getTime()).map((b) => (b.seriesId ? `series:${b.seriesId}` : `booking:${b.id}`)),
  );
  return keys.size + (seriesId !== undefined && keys.has(`series:${seriesId}`) ? 0 : 1);
}

/** Hours to two decimals, for messages. */
function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
