// The bookings that decide availability: live ones (requested, confirmed, checked in) of some spaces that
// overlap a range. Written in SQL so that the index scan is bounded at both ends however large the table
// grows: by start time on booking(space_id, starts_at) for bookings up to a day long, and through the small
// partial index booking_long_idx for the rare longer ones. Its predicate must stay exactly
// `ends_at - starts_at > interval '1 day'` (see the migration that creates it).
import { BOOKING_STATUSES, type Booking, type BookingStatus, type Interval } from "@sambruk/domain";
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

const LONG_BOOKING_MS = 24 * 3600_000;

/**
 * The overlap condition on `booking` rows (aliased `alias`) that keeps the index scan bounded at both ends:
 * short bookings by start time, the rare ones longer than a day through booking_long_idx.
 */
export function overlapsRangeSql(range: Interval, alias = "booking"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`"${alias}"."${name}"`);
  const earliestShortStart = new Date(range.start.getTime() - LONG_BOOKING_MS);
  return Prisma.sql`${column("starts_at")} < ${range.end} AND ${column("ends_at")} > ${range.start}
      AND (${column("starts_at")} >= ${earliestShortStart} OR ${column("ends_at")} - ${column("starts_at")} > interval '1 day')`;
}

interface LiveBookingRow {
  id: string;
  spaceId: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
}

/** The query, also for checking its plan. */
export function liveBookingsSql(spaceIds: readonly string[], range: Interval): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", "space_id" AS "spaceId", "status"::text AS "status", "starts_at" AS "startsAt", "ends_at" AS "endsAt"
    FROM "booking"
    WHERE "space_id" = ANY(${[...spaceIds]}::uuid[])
      AND "status" IN ('requested', 'confirmed', 'checked_in')
      AND ${overlapsRangeSql(range)}
    ORDER BY "starts_at", "id"`;
}

export async function findLiveBookings(db: Db, spaceIds: readonly string[], range: Interval): Promise<Booking[]> {
  if (spaceIds.length === 0) return [];
  const rows = await db.$queryRaw<LiveBookingRow[]>(liveBookingsSql(spaceIds, range));
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.spaceId,
    status: bookingStatus(row.status),
    start: new Date(row.startsAt),
    end: new Date(row.endsAt),
  }));
}

function bookingStatus(text: string): BookingStatus {
  const status = BOOKING_STATUSES.find((known) => known === text);
  if (!status) throw new Error(`Unknown booking status in the database: ${text}`);
  return status;
}
