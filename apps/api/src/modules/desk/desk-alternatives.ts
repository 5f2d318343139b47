// GET /desk/bookings/{id}/alternatives: where a live booking could go instead, for its own booker kind, the
// booking itself out of the way (it neither conflicts with nor blocks its own alternatives).
import type { Actor, Alternative } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import { notEditable } from "../bookings/booking-problems";
import { conflictReport } from "../bookings/conflict-report";
import { requireDeskOfBooking } from "./desk-access";
import { LIVE_STATUSES } from "./desk-bookings.repository";
import type { DeskMovesDeps } from "./desk-moves.deps";

export async function deskAlternatives(deps: DeskMovesDeps, actor: Actor, id: string): Promise<Alternative[]> {
  const booking = await deps.moves.desk.findById(id);
  if (!booking) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, booking);
  if (!LIVE_STATUSES.includes(booking.status)) throw notEditable(booking.status);
  const space = await deps.store.spaces.findById(booking.spaceId);
  if (!space) throw notFound(`No space with id ${booking.spaceId}.`);
  const interval = { start: booking.start, end: booking.end };
  const report = await conflictReport(deps, { space, interval, attendees: booking.expectedAttendees, ignoreBookingId: id }, booking.bookerKind);
  return report.alternatives;
}
