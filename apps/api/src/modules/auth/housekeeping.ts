// Deletes what sign-in leaves behind once it is no longer needed: ended sessions (personal data: who was signed
// in when), old rate-limit windows and abandoned OIDC logins. Run by the server's housekeeping (boot/housekeeping.ts).
import type { AuthConfig } from "../../config/auth-config";
import type { Database } from "../../db/database";
import { RATE_WINDOW_MS } from "../../http/rate-limit";
import { createOidcLoginsRepository } from "./oidc/oidc-logins.repository";
import { createRateLimitRepository } from "./rate-limit.repository";
import { createSessionsRepository } from "./sessions.repository";

export async function sweepSignIn({ prisma: db }: Pick<Database, "prisma">, config: Pick<AuthConfig, "idleMinutes">, now: Date): Promise<{ sessions: number; windows: number; logins: number }> {
  const sessions = await createSessionsRepository(db).purgeExpired(now, new Date(now.getTime() - config.idleMinutes * 60_000));
  const windows = await createRateLimitRepository(db).purge(new Date(now.getTime() - RATE_WINDOW_MS));
  const logins = await createOidcLoginsRepository(db).purgeExpired(now);
  return { sessions, windows, logins };
}
