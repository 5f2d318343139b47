// Sign-in that is ours: who am I, whom do I act for, demo sign-in, sign-out. OIDC has its own router.
import { Router, type RequestHandler } from "express";
import { ActingForRequest, AuthProviders, DemoLoginRequest, DemoUsers, LogoutResult, Me } from "@sambruk/contracts";
import type { AuthConfig } from "../../config/auth-config";
import { actorOf, forbidden, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { notFound, parseRequest } from "../../http/problem";
import type { UsersRepository } from "../users/users.repository";
import type { EndedSession } from "./session.service";
import type { Sessions } from "./sessions";
import { toDemoUser, toMe } from "./me.mapper";

export interface AuthRouterDeps {
  config: AuthConfig;
  sessions: Sessions;
  actors: ActorResolver;
  users: UsersRepository;
  loginLimiter: RequestHandler;
  /** Where to send the browser to end the session at its provider too; null when there is nowhere. */
  providerLogoutUrl(ended: EndedSession): Promise<string | null>;
}

export function authRouter(deps: AuthRouterDeps): Router {
  const { config, sessions, actors, users } = deps;
  const router = Router();
  const demoOnly: RequestHandler = (_req, _res, next) => {
    if (!config.demoLogin) throw notFound("Demo sign-in is not available on this server.");
    next();
  };

  router.get("/providers", (_req, res) => {
    const providers = config.providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      audience: provider.audience,
      loginUrl: `/api/v1/auth/login/${provider.id}`,
    }));
    res.json(AuthProviders.parse({ providers, demoLogin: config.demoLogin }));
  });

  router.get("/demo-users", demoOnly, async (_req, res) => {
    res.json(DemoUsers.parse((await users.findDemoUsers()).map(toDemoUser)));
  });

  router.post("/demo-login", demoOnly, deps.loginLimiter, async (req, res) => {
    requireJsonBody(req);
    const { userId } = parseRequest(DemoLoginRequest, req.body, "body");
    const principal = await users.findPrincipal(userId);
    if (!principal?.isDemo) throw notFound("There is no demo user with this id.");
    const session = await sessions.start(req, res, { userId, provider: "demo" });
    await users.recordLogin(userId, session.createdAt);
    res.json(Me.parse(toMe({ ...session, principal, actor: actorOf(principal, session.actingOrganisationId) }, config.idleMinutes)));
  });

  router.get("/me", async (req, res) => {
    res.set("Cache-Control", "no-store").json(Me.parse(toMe(await actors.signedIn(req), config.idleMinutes)));
  });

  router.put("/acting-for", async (req, res) => {
    const signedIn = await actors.signedIn(req);
    requireJsonBody(req);
    const { organisationId } = parseRequest(ActingForRequest, req.body, "body");
    if (!signedIn.principal.memberships.some((m) => m.organisationId === organisationId)) {
      throw forbidden("You can act only for an organisation you are a member of.");
    }
    await sessions.actFor(req, organisationId);
    const actor = { ...signedIn.actor, actingOrganisationId: organisationId };
    res.json(Me.parse(toMe({ ...signedIn, actor }, config.idleMinutes)));
  });

  router.post("/logout", async (req, res) => {
    const ended = await sessions.end(req, res);
    res.json(LogoutResult.parse({ providerLogoutUrl: ended ? await deps.providerLogoutUrl(ended) : null }));
  });

  return router;
}
