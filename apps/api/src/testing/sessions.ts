// A real session for a test user, written where sign-in would write it, so API tests can act as anyone
// without going through a login each time. The login routes have tests of their own.
import type { Database } from "../db/database";
import { hashToken, newToken } from "../modules/auth/session-token";
import { sessionCookieName } from "../modules/auth/sessions";
import { createSessionsRepository } from "../modules/auth/sessions.repository";

export interface TestSession {
  /** The Cookie request header. */
  cookie: string;
  csrfToken: string;
  /** Both headers a write needs. */
  headers: Record<string, string>;
}

export async function signIn(db: Database, userId: string, actingOrganisationId: string | null = null): Promise<TestSession> {
  const token = newToken();
  const csrfToken = newToken();
  const now = new Date();
  await createSessionsRepository(db.prisma).create(
    {
      id: hashToken(token),
      userId,
      actingOrganisationId,
      csrfToken,
      provider: "test",
      sealedIdToken: null,
      expiresAt: new Date(now.getTime() + 3_600_000),
    },
    now,
  );
  const cookie = `${sessionCookieName(false)}=${token}`;
  return { cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
}

/** Each user's session headers, signed in once on first use; `null` is the public (no headers). */
export function sessionHeaders(db: Database): (userId: string | null) => Promise<Record<string, string>> {
  const sessions = new Map<string, Promise<TestSession>>();
  return async (userId) => {
    if (userId === null) return {};
    let session = sessions.get(userId);
    if (!session) {
      session = signIn(db, userId);
      sessions.set(userId, session);
    }
    return (await session).headers;
  };
}
