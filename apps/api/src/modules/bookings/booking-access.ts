// Who may see and change a booking. A booking the caller may not even see is "not found", so that ids of
// busy-only bookings reveal nothing; a visible one they may not change is "forbidden".
import { can, type Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { notFound } from "../../http/problem";
import type { BookingRecord } from "./bookings.repository";

const resourceOf = (booking: BookingRecord) => ({ organisationId: booking.organisation.id, centreId: booking.centreId });

/** Title, description and booker: the booking's organisation, the front desk of its centre, admins. */
export function seesInFull(actor: Actor | null, booking: BookingRecord): boolean {
  return can(actor, "booking.view", resourceOf(booking));
}

/** Anyone sees a public booking; a busy-only one only those who see it in full. */
export function seesAtAll(actor: Actor | null, booking: BookingRecord): boolean {
  return booking.visibility === "public" || seesInFull(actor, booking);
}

export function requireWriteAccess(actor: Actor, booking: BookingRecord): void {
  if (can(actor, "booking.write", resourceOf(booking))) return;
  if (seesAtAll(actor, booking)) throw forbidden("Only the booker's organisation or the front desk of its centre may change this booking.");
  throw notFound(`No booking with id ${booking.id}.`);
}
