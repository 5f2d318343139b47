// The locks that make the front desk's decisions exactly-once: the same (unit, day) advisory locks the booking
// trigger takes before it writes claims, and row locks for the release of no-shows.
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

/**
 * Inside a transaction: locks every (unit, UTC day) the booking's buffered time touches, in ascending key order,
 * with the keys of the booking trigger (migration booking_claim_locks). Two requests that collide share such a
 * key, so two hosts deciding them queue here; the second then reads what the first committed.
 */
export async function lockUnitsOf(db: Db, bookingId: string): Promise<void> {
  const keys = await db.$queryRaw<{ key: number }[]>(Prisma.sql`
    SELECT DISTINCT hashtext(su."unit_id"::text || '/' || day::date::text) AS "key"
    FROM "booking" b
    JOIN "space" s ON s."id" = b."space_id"
    JOIN "space_unit" su ON su."space_id" = s."id"
    CROSS JOIN LATERAL generate_series(
        date_trunc('day', (b."starts_at" - make_interval(mins => s."buffer_before_minutes")) AT TIME ZONE 'UTC'),
        (b."ends_at" + make_interval(mins => s."buffer_after_minutes") - interval '1 microsecond') AT TIME ZONE 'UTC',
        interval '1 day') AS day
    WHERE b."id" = ${bookingId}::uuid
    ORDER BY 1`);
  for (const { key } of keys) {
    await db.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('booking_claim'), ${key}::integer)`);
  }
}

/**
 * Inside a transaction: the confirmed bookings that started at least `releaseAfterMinutes` before `now` and have
 * not ended, locked; rows another worker holds are skipped (it is releasing them).
 */
export async function lockReleaseCandidates(db: Db, now: Date, releaseAfterMinutes: number, limit: number): Promise<string[]> {
  const startedBy = new Date(now.getTime() - Math.max(0, releaseAfterMinutes) * 60_000);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT "id" FROM "booking"
    WHERE "status" = 'confirmed' AND "starts_at" <= ${startedBy} AND "ends_at" > ${now}
    ORDER BY "starts_at", "id"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`);
  return rows.map((row) => row.id);
}
