// The locks that make the front desk's decisions exactly-once: the same (unit, day) advisory locks the booking
// trigger takes before it writes claims, and row locks for the release of no-shows.
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

/** A space and time, as a booking would claim it (with the space's buffers). */
export interface ClaimedTime {
  spaceId: string;
  start: Date;
  end: Date;
}

/**
 * Inside a transaction: locks every (unit, UTC day) the buffered times touch, in ascending key order (no
 * deadlock), with the keys of the booking trigger (migration booking_claim_locks): for a new booking's time and
 * the bookings it displaces, taken all at once.
 */
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

/**
 * Inside a transaction: the same locks for a stored booking's time. Two requests that collide share such a key,
 * so two hosts deciding them queue here; the second then reads what the first committed.
 */
export async function lockUnitsOf(db: Db, bookingId: string): Promise<void> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { spaceId: true, startsAt: true, endsAt: true } });
  if (booking) await lockClaimedTimes(db, [{ spaceId: booking.spaceId, start: booking.startsAt, end: booking.endsAt }]);
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
