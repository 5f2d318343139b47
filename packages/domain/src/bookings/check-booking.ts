// The rules of one booking request that need nothing but the request, the space and the calendar. Conflicts
// with other bookings are `findConflicts`; eligibility, quotas and fair share belong to the policy engine.
import type { OpeningRules } from "../centres/open-intervals";
import type { Finding } from "../finding";
import type { BookerKind, Space } from "../spaces/space";
import { intervalBetween } from "../time/interval";
import { addDays, compareLocalDates } from "../time/local-date";
import { checkOffset } from "../time/offset-check";
import { isOnSlotStep } from "../time/slot-step";
import { localDateOf, OSLO } from "../time/zoned";
import { openingFindings } from "./check-opening";

export interface BookingRequest {
  /** ISO 8601 with an offset (checked against the zone's real offset), or an instant. */
  start: string | Date;
  end: string | Date;
  /** Expected attendees (`expectedAttendees` on the wire, where the finding's pointer points). */
  attendees: number;
}

export interface CheckContext extends OpeningRules {
  /** The caller's clock: notice and horizon count from here. */
  now: Date;
  space: Space;
  bookerKind: BookerKind;
}

export interface CheckResult {
  findings: Finding[];
}

const MINUTE_MS = 60_000;

/**
 * Every finding about the request, in a stable order. Durations are elapsed time (02:00–04:00 on the
 * spring-forward day is one hour); slot steps and opening hours follow the wall clock in the zone. Unreadable
 * times (`invalid_datetime`, `offset_missing`, `offset_mismatch`) or `end_before_start` (end ≤ start) stop the
 * check, since nothing after them would mean anything.
 */
export function checkBookingRequest(request: BookingRequest, context: CheckContext): CheckResult {
  const timeZone = context.timeZone ?? OSLO;
  const start = readInstant(request.start, "/start", timeZone);
  const end = readInstant(request.end, "/end", timeZone);
  if (!(start instanceof Date) || !(end instanceof Date)) {
    return { findings: [start, end].filter((x): x is Finding => !(x instanceof Date)) };
  }
  if (end.getTime() <= start.getTime()) return { findings: [{ code: "end_before_start", pointer: "/end" }] };

  const parameters = context.space.booking;
  const limits = parameters.perBookerKind[context.bookerKind];
  const findings: Finding[] = [];
  const minutes = (end.getTime() - start.getTime()) / MINUTE_MS;
  if (minutes < parameters.minDurationMinutes) {
    findings.push({ code: "duration_too_short", pointer: "/end", params: { minDurationMinutes: parameters.minDurationMinutes } });
  }
  if (minutes > parameters.maxDurationMinutes) {
    findings.push({ code: "duration_too_long", pointer: "/end", params: { maxDurationMinutes: parameters.maxDurationMinutes } });
  }
  for (const [instant, pointer] of [[start, "/start"], [end, "/end"]] as const) {
    if (!isOnSlotStep(instant, parameters.slotStepMinutes, timeZone)) {
      findings.push({ code: "not_on_slot_step", pointer, params: { slotStepMinutes: parameters.slotStepMinutes } });
    }
  }
  findings.push(...openingFindings(intervalBetween(start, end), { ...context, timeZone }));
  if (start.getTime() - context.now.getTime() < limits.noticeMinutes * MINUTE_MS) {
    findings.push({ code: "too_short_notice", pointer: "/start", params: { noticeMinutes: limits.noticeMinutes } });
  }
  const lastDay = localDateOf(new Date(end.getTime() - 1), timeZone);
  if (compareLocalDates(lastDay, addDays(localDateOf(context.now, timeZone), limits.horizonDays)) > 0) {
    findings.push({ code: "beyond_horizon", pointer: "/end", params: { horizonDays: limits.horizonDays } });
  }
  if (request.attendees > context.space.capacity) {
    findings.push({ code: "over_capacity", pointer: "/expectedAttendees", params: { capacity: context.space.capacity } });
  }
  return { findings };
}

function readInstant(value: string | Date, pointer: string, timeZone: string): Date | Finding {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { code: "invalid_datetime", pointer } : value;
  }
  const checked = checkOffset(value, timeZone);
  return checked.ok ? checked.instant : { ...checked.finding, pointer };
}
