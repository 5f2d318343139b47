// The reminder the day before, run by the housekeeping sweep: each confirmed booking starting within the next
// 24 hours, and at least an hour from now, is reminded once. Each batch locks its bookings (SKIP LOCKED), marks
// them and writes the messages in one transaction, so two servers sweeping at once remind each booking once.
import type { Database } from "../../db/database";
import { notify } from "../notifications/notify";
import { lockDueReminders, markReminded } from "./reminders.repository";

const HOUR_MS = 3600_000;
/** Not sooner than this before the start: a reminder then would come too late to help. */
export const REMIND_AT_LEAST_HOURS_BEFORE = 1;
/** Not earlier than this before the start. */
export const REMIND_AT_MOST_HOURS_BEFORE = 24;
const BATCH = 100;
/** Batches per round; the next round takes the rest. */
const MAX_BATCHES = 20;
/** A batch writes a few hundred rows: more time than Prisma's default 5 s under load. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

/** Sends the reminders due at `now`; how many. */
export async function sendReminders(db: Pick<Database, "prisma">, now: Date): Promise<number> {
  const from = new Date(now.getTime() + REMIND_AT_LEAST_HOURS_BEFORE * HOUR_MS);
  const to = new Date(now.getTime() + REMIND_AT_MOST_HOURS_BEFORE * HOUR_MS);
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const reminded = await db.prisma.$transaction(async (tx) => {
      const due = await lockDueReminders(tx, from, to, BATCH);
      await markReminded(tx, due.map((booking) => booking.id), now);
      for (const booking of due) await notify(tx, { kind: "booking_reminder", bookingId: booking.id, userId: booking.bookedById }, now);
      return due.length;
    }, TRANSACTION_LIMITS);
    sent += reminded;
    if (reminded < BATCH) break;
  }
  return sent;
}
