// The server's background housekeeping, every few minutes: sign-in leftovers, personal data past its time
// (appointments, sent e-mails), series notices of later closures and holidays, the release of no-shows, the
// waitlists' lapsed offers, and the reminders the day before.
import type { AuthConfig } from "../config/auth-config";
import type { Database } from "../db/database";
import type { Logger } from "../http/logger";
import { sweepSignIn } from "../modules/auth/housekeeping";
import { releaseNoShows } from "../modules/desk/release-no-shows";
import { deleteExpiredAppointments } from "../modules/drop-ins/appointments.repository";
import { deleteOldOutboxMessages } from "../modules/notifications/outbox.repository";
import { sendReminders } from "../modules/reminders/send-reminders";
import { markSeriesNotices } from "../modules/series/series-notices";
import { advanceWaitlists } from "../modules/waitlist/advance-waitlists";

export const HOUSEKEEPING_EVERY_MS = 5 * 60_000;

/** One round; each task is independent of the others and safe to run on several servers at once. */
export async function runHousekeeping(db: Pick<Database, "prisma">, config: Pick<AuthConfig, "idleMinutes" | "publicUrl" | "waitlist">, now: Date) {
  const signIn = await sweepSignIn(db, config, now);
  const notices = await markSeriesNotices(db, now);
  await deleteExpiredAppointments(db.prisma, now);
  await deleteOldOutboxMessages(db.prisma, now);
  const waitlist = { offerMinutes: config.waitlist.offerMinutes, publicUrl: config.publicUrl };
  await releaseNoShows(db, now, undefined, waitlist);
  const waitlists = await advanceWaitlists(db, now, waitlist);
  const reminders = await sendReminders(db, now);
  return { ...signIn, notices, waitlists, reminders };
}

/** Runs the housekeeping on a timer that does not keep the process alive; returns the function that stops it. */
export function startHousekeeping(db: Pick<Database, "prisma">, config: Pick<AuthConfig, "idleMinutes" | "publicUrl" | "waitlist">, logger: Logger): () => void {
  const timer = setInterval(() => {
    runHousekeeping(db, config, new Date())
      .then((done) => logger.debug(done, "housekeeping"))
      .catch((error: unknown) => logger.warn({ err: error }, "housekeeping failed"));
  }, HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
