// The ids of the bookings that overlap a range, in SQL so that the index scan is bounded at both ends
// however long the history grows (the same shape as the availability query; see live-bookings.repository.ts
// and the migration that creates booking_long_idx, whose predicate this must repeat exactly).
import { Prisma } from "../../generated/prisma/client";
import type { BookingFilter } from "./bookings.repository";

type Db = Prisma.TransactionClient;

const LONG_BOOKING_MS = 24 * 3600_000;

export async function findBookingIdsInRange(db: Db, filter: BookingFilter): Promise<string[]> {
  const { range } = filter;
  const earliestShortStart = new Date(range.start.getTime() - LONG_BOOKING_MS);
  const conditions = [
    filter.spaceId ? Prisma.sql`b."space_id" = ${filter.spaceId}::uuid` : null,
    filter.centreId ? Prisma.sql`s."centre_id" = ${filter.centreId}::uuid` : null,
    filter.statuses ? Prisma.sql`b."status"::text = ANY(${filter.statuses}::text[])` : null,
    Prisma.sql`b."starts_at" < ${range.end} AND b."ends_at" > ${range.start}`,
    Prisma.sql`(b."starts_at" >= ${earliestShortStart} OR b."ends_at" - b."starts_at" > interval '1 day')`,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT b."id" FROM "booking" b JOIN "space" s ON s."id" = b."space_id"
    WHERE ${Prisma.join(conditions, " AND ")}`);
  return rows.map((row) => row.id);
}
