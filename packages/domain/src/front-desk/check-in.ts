// Check-in at the front desk, and the release of no-shows: a confirmed booking nobody checks in is freed.
import type { Booking } from "../bookings/booking";
import { contains, intervalBetween, type Interval } from "../time/interval";

const MINUTE_MS = 60_000;

export interface CheckInRules {
  /** Check-in opens this many minutes before the start. */
  opensMinutesBefore: number;
  /** A confirmed booking not checked in this many minutes after its start may be released. */
  releaseAfterMinutes: number;
}

export const CHECK_IN_DEFAULTS: Readonly<CheckInRules> = { opensMinutesBefore: 30, releaseAfterMinutes: 15 };

const minutes = (n: number): number => (Number.isFinite(n) ? Math.max(0, n) : 0) * MINUTE_MS;

/**
 * When a booking may be checked in: from `opensMinutesBefore` before its start until the release point
 * (`releaseAfterMinutes` after the start) or its end, whichever comes first. From the release point on, a booking
 * not checked in is due for release instead. Negative or nonsense minutes count as 0.
 */
export function checkInWindow(booking: Pick<Booking, "start" | "end">, rules: CheckInRules = CHECK_IN_DEFAULTS): Interval {
  const start = booking.start.getTime();
  const close = Math.min(start + minutes(rules.releaseAfterMinutes), booking.end.getTime());
  return intervalBetween(start - minutes(rules.opensMinutesBefore), close);
}

/** True when the booking is confirmed (not yet checked in) and `now` is inside its check-in window. */
export function mayCheckIn(booking: Pick<Booking, "status" | "start" | "end">, now: Date, rules: CheckInRules = CHECK_IN_DEFAULTS): boolean {
  return booking.status === "confirmed" && contains(checkInWindow(booking, rules), now);
}

/**
 * True when the front desk (or a job) should release the booking as a no-show: it is confirmed and not checked
 * in, `releaseAfterMinutes` have passed since its start, and it has not ended (an ended booking is history).
 */
export function isDueForRelease(
  booking: Pick<Booking, "status" | "start" | "end">,
  now: Date,
  releaseAfterMinutes: number = CHECK_IN_DEFAULTS.releaseAfterMinutes,
): boolean {
  const t = now.getTime();
  return booking.status === "confirmed" && t >= booking.start.getTime() + minutes(releaseAfterMinutes) && t < booking.end.getTime();
}

/** An organisation's no-shows: its released bookings, optionally only those starting within `period`. */
export function noShowCount(bookings: readonly Pick<Booking, "status" | "start">[], period?: Interval): number {
  return bookings.filter((b) => b.status === "released" && (!period || contains(period, b.start))).length;
}
