// Who works the front desk of a centre: its hosts, and admins everywhere. A booking the caller may not even see
// is "not found", as for the other booking endpoints.
import type { Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { notFound } from "../../http/problem";
import { seesAtAll } from "../bookings/booking-access";
import type { BookingRecord } from "../bookings/bookings.repository";

/** The front desk acts only for its centres (Actor.frontDeskCentreIds); admins everywhere. */
export function worksDeskOf(actor: Actor, centreId: string): boolean {
  return actor.isAdmin || actor.frontDeskCentreIds.includes(centreId);
}

export function requireDeskOf(actor: Actor, centreId: string): void {
  if (!worksDeskOf(actor, centreId)) throw forbidden("Only the front desk of this centre or an admin may do this.");
}

export function requireDeskOfBooking(actor: Actor, booking: BookingRecord): void {
  if (worksDeskOf(actor, booking.centreId)) return;
  if (seesAtAll(actor, booking)) throw forbidden("Only the front desk of the booking's centre or an admin may do this.");
  throw notFound(`No booking with id ${booking.id}.`);
}
