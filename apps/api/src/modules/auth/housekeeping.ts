// Deletes what sign-in leaves behind once it is no longer needed: ended sessions (personal data: who was signed
// in when), old rate-limit windows and abandoned OIDC logins. The server runs it every few minutes.
import type { AuthConfig } from "../../config/auth-config";
import type { Database } from "../../db/database";
import type { Logger } from "../../http/logger";
import { RATE_WINDOW_MS } from "../../http/rate-limit";
import { markSeriesNotices } from "../series/series-notices";
import { deleteExpiredAppointments } from "../drop-ins/appointments.repository";
import { createOidcLoginsRepository } from "./oidc/oidc-logins.repository";
import { createRateLimitRepository } from "./rate-limit.repository";
import { createSessionsRepository } from "./sessions.repository";

export const HOUSEKEEPING_EVERY_MS = 5 * 60_000;

export async function sweepSignIn({ prisma: db }: Pick<Database, "prisma">, config: Pick<AuthConfig, "idleMinutes">, now: Date): Promise<{ sessions: number; windows: number; logins: number; notices: number }> {
  const sessions = await createSessionsRepository(db).purgeExpired(now, new Date(now.getTime() - config.idleMinutes * 60_000));
  const windows = await createRateLimitRepository(db).purge(new Date(now.getTime() - RATE_WINDOW_MS));
  const logins = await createOidcLoginsRepository(db).purgeExpired(now);
  const notices = await markSeriesNotices({ prisma: db }, now);
  await deleteExpiredAppointments(db, now);
  return { sessions, windows, logins, notices };
}

/** Runs the sweep on a timer that does not keep the process alive; returns the function that stops it. */
export function startHousekeeping(db: Pick<Database, "prisma">, config: Pick<AuthConfig, "idleMinutes">, logger: Logger): () => void {
  const timer = setInterval(() => {
    sweepSignIn(db, config, new Date())
      .then((swept) => logger.debug(swept, "sign-in housekeeping"))
      .catch((error: unknown) => logger.warn({ err: error }, "sign-in housekeeping failed"));
  }, HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
