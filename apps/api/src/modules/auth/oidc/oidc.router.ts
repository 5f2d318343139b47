// Sign-in with OpenID Connect: GET /login/:provider sends the browser to the provider, GET /callback/:provider
// takes it back. Mounted at /api/v1/auth. A refused callback never starts a session; it lands on the
// web's sign-in page with the error code.
import express, { type Request, type RequestHandler, type Router } from "express";
import { LoginQuery, ProviderPathParams } from "@sambruk/contracts";
import type { OidcProviderConfig } from "../../../config/auth-config";
import type { Database } from "../../../db/database";
import { notFound, parseRequest } from "../../../http/problem";
import type { SessionService } from "../session.service";
import { completeLogin, LoginRefused } from "./complete-login";
import { oidcClientsFor, type OidcClients } from "./oidc-clients";
import { createOidcLoginsRepository } from "./oidc-logins.repository";
import { startLogin } from "./start-login";
import { provisionUser } from "./user-identities.repository";

export { providerLogoutUrl } from "./provider-logout";

export interface OidcRouterDeps {
  providers: OidcProviderConfig[];
  publicUrl: string;
  sessions: SessionService;
  db: Database["prisma"];
  /** Limits sign-in attempts; applied to both legs. */
  loginLimiter: RequestHandler;
  now?: () => Date;
}

/** Where a refused sign-in lands: the web's sign-in page shows the code. */
export const LOGIN_FAILED_PATH = "/logg-inn?feil=login_failed";

export function oidcRouter(deps: OidcRouterDeps): Router {
  const clients = oidcClientsFor(deps);
  const logins = createOidcLoginsRepository(deps.db);
  const now = deps.now ?? (() => new Date());
  const router = express.Router();

  router.get("/login/:provider", deps.loginLimiter, async (req, res) => {
    const provider = providerOf(clients, req);
    const { returnTo = "/" } = parseRequest(LoginQuery, req.query, "query");
    let target: URL;
    try {
      target = await startLogin(clients, logins, provider, returnTo, now());
    } catch (error) {
      // The provider cannot be reached (discovery): the sign-in page says so, not a JSON document.
      req.log.error({ err: error, provider: provider.id }, "sign-in could not start");
      return res.redirect(302, LOGIN_FAILED_PATH);
    }
    res.redirect(302, target.toString());
  });

  router.get("/callback/:provider", deps.loginLimiter, async (req, res) => {
    const provider = providerOf(clients, req);
    try {
      const login = await completeLogin(clients, logins, provider, callbackQuery(req), now());
      const { userId } = await provisionUser(deps.db, login.identity, now());
      await deps.sessions.start(req, res, { userId, provider: provider.id, idToken: login.idToken });
      res.redirect(302, login.returnTo);
    } catch (error) {
      if (!(error instanceof LoginRefused)) throw error;
      req.log.warn({ provider: provider.id, reason: error.reason }, "sign-in refused");
      res.redirect(302, LOGIN_FAILED_PATH);
    }
  });

  return router;
}

function providerOf(clients: OidcClients, req: Request): OidcProviderConfig {
  const parsed = ProviderPathParams.safeParse(req.params);
  const provider = parsed.success ? clients.find(parsed.data.provider) : undefined;
  if (!provider) throw notFound("There is no such sign-in provider.");
  return provider;
}

/** The callback's query as the provider sent it (string values only). */
function callbackQuery(req: Request): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query)) {
    if (typeof value === "string") query.set(key, value);
  }
  return query;
}
