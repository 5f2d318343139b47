// The bookings due for the reminder the day before, and the mark that they had it.
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface DueReminder {
  id: string;
  bookedById: string;
}

/**
 * Inside a transaction: confirmed bookings not yet reminded that start between `from` and `to`, locked; rows
 * another worker holds are skipped (it is reminding them).
 */
export async function lockDueReminders(db: Db, from: Date, to: Date, limit: number): Promise<DueReminder[]> {
  return db.$queryRaw<DueReminder[]>(Prisma.sql`
    SELECT "id", "booked_by_id" AS "bookedById" FROM "booking"
    WHERE "status" = 'confirmed' AND "reminded_at" IS NULL AND "starts_at" >= ${from} AND "starts_at" <= ${to}
    ORDER BY "starts_at", "id"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`);
}

/** Marks the bookings reminded (their version does not change: nothing the booker sees changed). */
export async function markReminded(db: Db, ids: readonly string[], now: Date): Promise<void> {
  await db.booking.updateMany({ where: { id: { in: [...ids] }, remindedAt: null }, data: { remindedAt: now } });
}
