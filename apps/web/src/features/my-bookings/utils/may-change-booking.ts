import type { BookingDetail, Me } from "@sambruk/contracts";

const CHANGEABLE = new Set<BookingDetail["status"]>(["requested", "confirmed"]);

/**
 * Whether the user may cancel or move the booking: it has not begun, still holds its time, and it is their
 * own or belongs to an organisation they may book for. The API decides again (403, 409) on the request.
 */
export function mayChangeBooking(booking: BookingDetail, me: Me, now: Date): boolean {
  if (!CHANGEABLE.has(booking.status) || Date.parse(booking.start) <= now.getTime()) return false;
  if (booking.bookedBy.id === me.user.id) return true;
  return me.memberships.some((m) => m.organisationId === booking.organisation.id && m.mayBook);
}
