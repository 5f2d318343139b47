// Which bookings a candidate would collide with: the application's mirror of the database constraint.
import { overlaps, type Interval } from "../time/interval";
import type { Space } from "../spaces/space";
import { sharesUnitsWith } from "../spaces/units";
import { holdsTime, occupiedInterval, occupiedIntervalIn, type Booking } from "./booking";

export interface ConflictCandidate {
  space: Space;
  /** The booked time, without buffers; the space's buffers are added here. */
  interval: Interval;
  /** When moving or editing a booking, the booking itself, which never conflicts with its new time. */
  ignoreBookingId?: string;
}

export interface ConflictingBooking {
  booking: Booking;
  /** The time the existing booking occupies, buffers included. */
  occupied: Interval;
}

export interface ConflictReport {
  /** Time-holding bookings (confirmed, checked in) on a shared unit whose occupied time overlaps. */
  conflicts: ConflictingBooking[];
  /** Requested bookings that would overlap the same way: they hold no time, but the front desk must choose. */
  tentative: ConflictingBooking[];
}

/**
 * Compares occupied time (buffers of both sides included) on shared physical units (a whole and its parts).
 * `spaces` are the spaces of the centre, to find each booking's space (its buffers and parts); a booking whose
 * space is missing counts with no buffers and as its own unit. Both lists are sorted by occupied start.
 */
export function findConflicts(
  candidate: ConflictCandidate,
  bookings: readonly Booking[],
  spaces: readonly Space[],
): ConflictReport {
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const shares = sharesUnitsWith(candidate.space, [...spaces, candidate.space]);
  const wanted = occupiedInterval(candidate.interval, candidate.space);
  const report: ConflictReport = { conflicts: [], tentative: [] };
  for (const booking of bookings) {
    if (booking.id === candidate.ignoreBookingId) continue;
    const holds = holdsTime(booking.status);
    if ((!holds && booking.status !== "requested") || !shares(booking.spaceId)) continue;
    const occupied = occupiedIntervalIn(booking, byId);
    if (overlaps(wanted, occupied)) (holds ? report.conflicts : report.tentative).push({ booking, occupied });
  }
  const byStart = (a: ConflictingBooking, b: ConflictingBooking) => a.occupied.start.getTime() - b.occupied.start.getTime();
  report.conflicts.sort(byStart);
  report.tentative.sort(byStart);
  return report;
}
