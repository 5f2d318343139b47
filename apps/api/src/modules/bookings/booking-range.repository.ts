// The ids of the bookings that overlap a range, with the same index-bounded overlap condition as the
// availability query (overlapsRangeSql in live-bookings.repository.ts).
import { Prisma } from "../../generated/prisma/client";
import { overlapsRangeSql } from "../spaces/live-bookings.repository";
import type { BookingFilter } from "./bookings.repository";

type Db = Prisma.TransactionClient;

export async function findBookingIdsInRange(db: Db, filter: BookingFilter): Promise<string[]> {
  const conditions = [
    filter.spaceId ? Prisma.sql`b."space_id" = ${filter.spaceId}::uuid` : null,
    filter.centreId ? Prisma.sql`s."centre_id" = ${filter.centreId}::uuid` : null,
    filter.statuses ? Prisma.sql`b."status"::text = ANY(${filter.statuses}::text[])` : null,
    overlapsRangeSql(filter.range, "b"),
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT b."id" FROM "booking" b JOIN "space" s ON s."id" = b."space_id"
    WHERE ${Prisma.join(conditions, " AND ")}`);
  return rows.map((row) => row.id);
}
