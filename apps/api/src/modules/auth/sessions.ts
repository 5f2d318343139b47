// Sessions in PostgreSQL, so any API node can serve any request. The cookie carries a random token; the row is
// found by its hash. A session ends after `idleMinutes` without a request and `absoluteHours` after sign-in.
import type { Request, Response } from "express";
import { sessionCookie } from "@sambruk/contracts";
import { securesCookies, type AuthConfig } from "../../config/auth-config";
import { clearCookie, readCookie, setCookie } from "../../http/cookies";
import type { EndedSession, Login, SessionService } from "./session.service";
import { hashToken, newToken, seal, unseal } from "./session-token";
import type { SessionRecord, SessionsRepository } from "./sessions.repository";

/** `__Host-` binds the cookie to this host and path "/" (browsers allow it only with Secure). */
export function sessionCookieName(secure: boolean): string {
  return secure ? `__Host-${sessionCookie.name}` : sessionCookie.name;
}

/** A request's session: live, ended (a cookie that no longer opens one), or none (no cookie). */
export type SessionState = { kind: "live"; session: SessionRecord; token: string } | { kind: "ended" } | { kind: "none" };

/** Only touch a live session's last-seen time this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface Sessions extends SessionService {
  /** The request's session, looked up once per request. */
  current(req: Request): Promise<SessionState>;
  /** Chooses the organisation the session's user acts for (the caller has checked they may). */
  actFor(req: Request, organisationId: string): Promise<void>;
  /** Deletes ended sessions; the server runs it on a schedule. */
  purge(): Promise<number>;
}

export interface SessionsOptions {
  config: Pick<AuthConfig, "idleMinutes" | "absoluteHours" | "publicUrl">;
  now?: () => Date;
  /** The organisation a new session acts for. */
  defaultActingFor(userId: string): Promise<string | null>;
}

export function createSessions(repository: SessionsRepository, options: SessionsOptions): Sessions {
  const now = options.now ?? (() => new Date());
  const secure = securesCookies(options.config);
  const cookieName = sessionCookieName(secure);
  const idleMs = options.config.idleMinutes * 60_000;
  const absoluteMs = options.config.absoluteHours * 3_600_000;
  const resolved = new WeakMap<Request, Promise<SessionState>>();

  async function lookUp(req: Request): Promise<SessionState> {
    const token = readCookie(req, cookieName);
    if (!token) return { kind: "none" };
    const session = await repository.findById(hashToken(token));
    const at = now();
    if (!session || session.expiresAt <= at || session.lastSeenAt.getTime() + idleMs <= at.getTime()) return { kind: "ended" };
    if (at.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await repository.touch(session.id, at);
    return { kind: "live", session, token };
  }

  const current = (req: Request): Promise<SessionState> => {
    let state = resolved.get(req);
    if (!state) {
      state = lookUp(req);
      resolved.set(req, state);
    }
    return state;
  };

  async function endCurrent(req: Request, res: Response): Promise<EndedSession | null> {
    const token = readCookie(req, cookieName);
    resolved.delete(req);
    if (!token) return null;
    clearCookie(res, cookieName, secure);
    const ended = await repository.delete(hashToken(token));
    if (!ended) return null;
    return { provider: ended.provider, idToken: ended.sealedIdToken ? unseal(token, ended.sealedIdToken) : null };
  }

  return {
    current,
    async start(req, res, login: Login) {
      await endCurrent(req, res);
      const token = newToken();
      const at = now();
      const session = {
        userId: login.userId,
        actingOrganisationId: await options.defaultActingFor(login.userId),
        csrfToken: newToken(),
        provider: login.provider,
        expiresAt: new Date(at.getTime() + absoluteMs),
      };
      await repository.create({ ...session, id: hashToken(token), sealedIdToken: login.idToken ? seal(token, login.idToken) : null }, at);
      setCookie(res, cookieName, token, { secure, maxAgeSeconds: Math.floor(absoluteMs / 1000) });
      resolved.delete(req);
      return { ...session, createdAt: at, lastSeenAt: at };
    },
    end: endCurrent,
    async actFor(req, organisationId) {
      const state = await current(req);
      if (state.kind === "live") {
        await repository.setActing(state.session.id, organisationId);
        state.session.actingOrganisationId = organisationId;
      }
    },
    purge() {
      const at = now();
      return repository.purgeExpired(at, new Date(at.getTime() - idleMs));
    },
  };
}
