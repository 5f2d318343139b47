// GET /me/bookings and the full view of one booking: what the caller's own organisations have booked.
import type { BookingDetail, MyBookingsQuery } from "@sambruk/contracts";
import { membershipOf, type Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import type { BookingsDeps } from "./bookings.deps";
import { bookingDetailDtoOf } from "./bookings.mapper";
import type { BookingRecord } from "./bookings.repository";

/** The most bookings one answer lists. */
export const MY_BOOKINGS_LIMIT = 200;

export async function findMyBookings(deps: BookingsDeps, actor: Actor, query: MyBookingsQuery): Promise<BookingDetail[]> {
  if (query.organisationId && !membershipOf(actor, query.organisationId) && !actor.isAdmin) {
    throw forbidden("You can list the bookings only of an organisation you are a member of.");
  }
  const records = await deps.store.bookings.findOwn({
    ...(query.organisationId ? { organisationId: query.organisationId } : { bookedById: actor.userId }),
    period: query.period,
    now: deps.now(),
    limit: MY_BOOKINGS_LIMIT,
  });
  return withBookers(deps, records);
}

export async function withBookers(deps: BookingsDeps, records: BookingRecord[]): Promise<BookingDetail[]> {
  const names = await deps.store.bookings.bookerNames(records.map((record) => record.bookedById));
  return records.map((record) => bookingDetailDtoOf(record, names.get(record.bookedById) ?? ""));
}
