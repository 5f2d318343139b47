// The (unit, UTC day) advisory locks of times not yet booked: the same keys as the booking trigger and
// lockUnitsOf, for a new booking's space and time and the bookings it displaces, all taken in one ascending order.
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface ClaimedTime {
  spaceId: string;
  start: Date;
  end: Date;
}

/** Inside a transaction: locks every (unit, day) the buffered times touch, in ascending key order (no deadlock). */
export async function lockClaimedTimes(db: Db, times: readonly ClaimedTime[]): Promise<void> {
  if (times.length === 0) return;
  const rows = Prisma.join(times.map((t) => Prisma.sql`(${t.spaceId}::uuid, ${t.start}::timestamptz, ${t.end}::timestamptz)`));
  const keys = await db.$queryRaw<{ key: number }[]>(Prisma.sql`
    SELECT DISTINCT hashtext(su."unit_id"::text || '/' || day::date::text) AS "key"
    FROM (VALUES ${rows}) AS t("space_id", "starts_at", "ends_at")
    JOIN "space" s ON s."id" = t."space_id"
    JOIN "space_unit" su ON su."space_id" = s."id"
    CROSS JOIN LATERAL generate_series(
        date_trunc('day', (t."starts_at" - make_interval(mins => s."buffer_before_minutes")) AT TIME ZONE 'UTC'),
        (t."ends_at" + make_interval(mins => s."buffer_after_minutes") - interval '1 microsecond') AT TIME ZONE 'UTC',
        interval '1 day') AS day
    ORDER BY 1`);
  for (const { key } of keys) {
    await db.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('booking_claim'), ${key}::integer)`);
  }
}
