// Pending sign-ins between the redirect to the provider and its callback, kept in PostgreSQL so any API
// node can take the callback. The key is the SHA-256 of `state`; a login is taken once.
import type { Prisma } from "../../../generated/prisma/client";

type Db = Prisma.TransactionClient;

/** How long a user may take at the provider. */
export const PENDING_LOGIN_MS = 10 * 60_000;

export interface PendingLogin {
  stateHash: string;
  provider: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
}

export interface OidcLoginsRepository {
  save(login: PendingLogin): Promise<void>;
  /** Deletes and returns the login, if it exists and has not expired: a state works once. */
  take(stateHash: string, now: Date): Promise<PendingLogin | null>;
  purgeExpired(now: Date): Promise<number>;
}

export function createOidcLoginsRepository(db: Db): OidcLoginsRepository {
  return {
    async save(login) {
      await db.oidcLogin.create({ data: login });
    },
    async take(stateHash, now) {
      const rows = await db.$queryRaw<PendingLogin[]>`
        DELETE FROM oidc_login WHERE state_hash = ${stateHash}
        RETURNING state_hash AS "stateHash", provider, nonce, code_verifier AS "codeVerifier",
                  return_to AS "returnTo", expires_at AS "expiresAt"`;
      const login = rows[0];
      return login && new Date(login.expiresAt) > now ? { ...login, expiresAt: new Date(login.expiresAt) } : null;
    },
    async purgeExpired(now) {
      const { count } = await db.oidcLogin.deleteMany({ where: { expiresAt: { lte: now } } });
      return count;
    },
  };
}
