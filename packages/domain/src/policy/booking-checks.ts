// Rule 6: the booking checks that exist already (times, duration, slot step, opening hours, closures, holidays,
// notice, horizon, capacity) and double booking, as policy findings. Nothing is checked twice here.
import { checkBookingRequest } from "../bookings/check-booking";
import { findConflicts } from "../bookings/conflicts";
import type { PolicyFinding } from "./decision";
import { requestInterval, type PolicyContext, type PolicyRequest } from "./request";

/** Every finding of `checkBookingRequest` (for the booker's kind), refusing; plus a negative or fractional head count. */
export function bookingCheckFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  if (!Number.isInteger(request.attendees) || request.attendees < 0) {
    findings.push({ code: "invalid_attendees", severity: "refuse", rule: "booking", pointer: "/expectedAttendees" });
  }
  const checked = checkBookingRequest(request, { ...context, bookerKind: request.booker.kind });
  for (const finding of checked.findings) findings.push({ ...finding, severity: "refuse", rule: "booking" });
  return findings;
}

/**
 * `space_taken` (refuse) for each confirmed or checked-in booking on a shared unit (buffers included), and
 * `tentative_overlap` (warn) for each requested one: the front desk chooses between competing requests.
 */
export function conflictFindings(request: PolicyRequest, context: PolicyContext): PolicyFinding[] {
  const interval = requestInterval(request, context);
  if (interval === null) return [];
  const candidate = { space: context.space, interval, ...(context.ignoreBookingId ? { ignoreBookingId: context.ignoreBookingId } : {}) };
  const report = findConflicts(candidate, context.bookings, [...context.spaces]);
  return [
    ...report.conflicts.map(({ booking }): PolicyFinding => ({
      code: "space_taken",
      severity: "refuse",
      rule: "conflicts",
      pointer: "/start",
      concerns: { bookingId: booking.id },
    })),
    ...report.tentative.map(({ booking }): PolicyFinding => ({
      code: "tentative_overlap",
      severity: "warn",
      rule: "conflicts",
      pointer: "/start",
      concerns: { bookingId: booking.id },
    })),
  ];
}
