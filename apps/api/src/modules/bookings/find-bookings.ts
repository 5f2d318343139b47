// GET /bookings and GET /bookings/{id}: public views, no caller needed.
import type { BookingQuery } from "@sambruk/contracts";
import { intervalBetween } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import type { BookingsDeps } from "./bookings.deps";
import type { BookingRecord } from "./bookings.repository";

export async function getBooking(deps: BookingsDeps, id: string): Promise<BookingRecord> {
  const booking = await deps.store.bookings.findById(id);
  if (!booking) throw notFound(`No booking with id ${id}.`);
  return booking;
}

/** Bookings overlapping [from, to), by start. The contract limits the range and requires a centre or space. */
export function listBookings(deps: BookingsDeps, query: BookingQuery): Promise<BookingRecord[]> {
  return deps.store.bookings.findMany({
    centreId: query.centreId,
    spaceId: query.spaceId,
    range: intervalBetween(new Date(query.from), new Date(query.to)),
    statuses: query.status,
  });
}
