// Sign-in against a real OpenID Connect provider (oidc-provider, in process) and a real PostgreSQL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import { pino } from "pino";
import { pinoHttp } from "pino-http";
import { Problem } from "@sambruk/contracts";
import type { OidcProviderConfig } from "../../../config/auth-config";
import type { Database } from "../../../db/database";
import { problemHandler } from "../../../http/error-handler";
import { startOidcProvider, testAccounts, type TestAccount, type TestOidcProvider } from "../../../testing/oidc-provider";
import { openTestDatabase } from "../../../testing/test-database";
import { createSessions } from "../sessions";
import { createSessionsRepository } from "../sessions.repository";
import { createOidcClients } from "./oidc-clients";
import { LOGIN_FAILED_PATH, oidcRouter, providerLogoutUrl } from "./oidc.router";
import { hashState } from "./start-login";
import { provisionUser } from "./user-identities.repository";

let db: Database;
let idp: TestOidcProvider;
let server: Server;
let base: string;
let providers: OidcProviderConfig[];
let limited = 0;
const logLines: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp = await startOidcProvider({
    redirectUris: [`${base}/api/v1/auth/callback/idporten`, `${base}/api/v1/auth/callback/staff`],
    postLogoutRedirectUris: [`${base}/`],
  });
  const client = { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret };
  providers = [
    { id: "idporten", name: "ID-porten", audience: "public", scopes: "openid profile", ...client },
    { id: "staff", name: "Asker kommune", audience: "staff", scopes: "openid profile email", ...client },
    { id: "down", name: "Out of reach", audience: "staff", scopes: "openid", ...client, issuer: `${idp.issuer}/nowhere` },
  ];
  const sessions = createSessions(createSessionsRepository(db.prisma), {
    config: { idleMinutes: 60, absoluteHours: 12, publicUrl: base },
    defaultActingFor: () => Promise.resolve(null),
  });
  const loginLimiter: RequestHandler = (_req, _res, next) => {
    limited += 1;
    next();
  };
  const app = express();
  app.use(pinoHttp({ logger: pino({ level: "info" }, { write: (line: string) => void logLines.push(line) }), quietReqLogger: true }));
  app.use("/api/v1/auth", oidcRouter({ providers, publicUrl: base, sessions, db: db.prisma, loginLimiter }));
  // What the logout route does with the ended session.
  app.post("/test/logout", async (req, res) => {
    const ended = await sessions.end(req, res);
    res.json({ url: ended ? await providerLogoutUrl({ providers, publicUrl: base }, ended) : null });
  });
  app.use(problemHandler);
  handle = app;
});

afterAll(async () => {
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
  await idp?.close();
  await db?.close();
});

interface Reply {
  status: number;
  location: string | null;
  cookie: string | null;
}

async function get(url: string, cookie?: string): Promise<Reply> {
  const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const session = response.headers.getSetCookie().find((line) => line.startsWith("sambruk_session=") && !line.startsWith("sambruk_session=;"));
  await response.body?.cancel();
  return { status: response.status, location: response.headers.get("location"), cookie: session?.split(";")[0] ?? null };
}

/** Starts a sign-in; the provider's authorization URL. */
async function begin(provider = "idporten", returnTo = "/mine-bookinger"): Promise<URL> {
  const reply = await get(`${base}/api/v1/auth/login/${provider}?returnTo=${encodeURIComponent(returnTo)}`);
  expect(reply.status).toBe(302);
  return new URL(reply.location ?? "");
}

/** A whole sign-in up to the callback URL the provider sends the browser back to. */
async function atProvider(account: TestAccount | "abort", provider = "idporten"): Promise<URL> {
  return idp.signIn((await begin(provider)).toString(), account);
}

async function signIn(account: TestAccount = "resident", provider = "idporten", cookie?: string): Promise<Reply> {
  return get((await atProvider(account, provider)).toString(), cookie);
}

function userIdOf(provider: string, subject: string): Promise<string | undefined> {
  return db.prisma.userIdentity.findUnique({ where: { provider_subject: { provider, subject } } }).then((identity) => identity?.userId);
}

/** Sessions of the test accounts (other test files may share the database). */
async function sessionCount(): Promise<number> {
  const subjects = [testAccounts.resident.sub, testAccounts.staff.sub];
  return db.prisma.userSession.count({ where: { user: { identities: { some: { subject: { in: subjects } } } } } });
}

/** Ends the session as the logout route does; the provider's logout URL. */
async function logOut(cookie: string): Promise<string | null> {
  const response = await fetch(`${base}/test/logout`, { method: "POST", headers: { cookie } });
  return ((await response.json()) as { url: string | null }).url;
}

function expectRefused(reply: Reply): void {
  expect(reply).toEqual({ status: 302, location: LOGIN_FAILED_PATH, cookie: null });
}

/** Every row of every table of the database, as text. */
async function dumpDatabase(): Promise<string> {
  const tables = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const dumps = await Promise.all(
    tables.map(({ name }) =>
      db.prisma.$queryRawUnsafe<{ dump: string | null }[]>(`SELECT string_agg(row_to_json(t)::text, E'\\n') AS dump FROM "${name.replaceAll('"', '""')}" t`),
    ),
  );
  return dumps.map((rows) => rows[0]?.dump ?? "").join("\n");
}

describe("GET /api/v1/auth/login/:provider", () => {
  it("redirects to the provider with code, PKCE S256, state and nonce, and keeps only the hash of the state", async () => {
    const url = await begin();
    expect(url.origin).toBe(idp.issuer);
    const params = url.searchParams;
    expect(Object.fromEntries(["response_type", "client_id", "redirect_uri", "scope", "code_challenge_method"].map((key) => [key, params.get(key)]))).toEqual({
      response_type: "code",
      client_id: idp.clientId,
      redirect_uri: `${base}/api/v1/auth/callback/idporten`,
      scope: "openid profile",
      code_challenge_method: "S256",
    });
    for (const key of ["code_challenge", "state", "nonce"]) expect(params.get(key)?.length).toBeGreaterThanOrEqual(43);
    const state = params.get("state") ?? "";
    const pending = await db.prisma.oidcLogin.findUnique({ where: { stateHash: hashState(state) } });
    expect(pending).toMatchObject({ provider: "idporten", nonce: params.get("nonce"), returnTo: "/mine-bookinger" });
    expect(pending?.codeVerifier).not.toBe(params.get("code_challenge"));
    expect(await db.prisma.oidcLogin.count({ where: { stateHash: state } })).toBe(0);
    const minutes = ((pending?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
  });

  it("answers 404 for an unknown provider, on both legs", async () => {
    for (const path of ["/api/v1/auth/login/nope", "/api/v1/auth/callback/nope?code=x&state=y", "/api/v1/auth/login/BAD!"]) {
      const response = await fetch(`${base}${path}`, { redirect: "manual" });
      expect(response.status).toBe(404);
      expect(Problem.parse(await response.json()).code).toBe("not_found");
    }
  });

  it.each(["//evil.example/", "https://evil.example/", "mine", "/\\evil.example"])("refuses returnTo %s (400)", async (returnTo) => {
    const response = await fetch(`${base}/api/v1/auth/login/idporten?returnTo=${encodeURIComponent(returnTo)}`, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).code).toBe("validation_failed");
  });

  it("sends the browser to the sign-in page when the provider cannot be reached", async () => {
    const reply = await get(`${base}/api/v1/auth/login/down`);
    expect(reply).toEqual({ status: 302, location: LOGIN_FAILED_PATH, cookie: null });
  });

  it("passes both legs through the login limiter", async () => {
    const before = limited;
    await signIn();
    expect(limited - before).toBe(2);
  });
});

describe("GET /api/v1/auth/callback/:provider", () => {
  it("signs a resident in: session cookie, user with a personal organisation, and the identity number stored nowhere", async () => {
    const reply = await signIn("resident");
    expect(reply.status).toBe(302);
    expect(reply.location).toBe("/mine-bookinger");
    expect(reply.cookie).toMatch(/^sambruk_session=.+/);

    const userId = await userIdOf("idporten", testAccounts.resident.sub);
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { id: userId ?? "" },
      include: { memberships: { include: { organisation: true } }, sessions: true },
    });
    expect(user).toMatchObject({ displayName: "Kari Nordmann", email: null, isAdmin: false });
    expect(user.lastLoginAt).not.toBeNull();
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "coordinator", organisation: { kind: "resident", name: "Privatperson" } });
    expect(user.sessions.length).toBeGreaterThanOrEqual(1);
    expect(user.sessions.every((session) => session.provider === "idporten" && session.sealedIdToken !== null)).toBe(true);

    const dump = await dumpDatabase();
    expect(dump).toContain(testAccounts.resident.sub);
    expect(dump).not.toContain(testAccounts.resident.pid);
    expect(logLines.join("")).not.toContain(testAccounts.resident.pid);
    // The provider did send it: the ID token (kept sealed for logout) carries it.
    const idToken = new URL((await logOut(reply.cookie ?? "")) ?? "").searchParams.get("id_token_hint") ?? "";
    expect(JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString())).toMatchObject({ pid: testAccounts.resident.pid });
  });

  it("provisions one user when the first two sign-ins of a subject race", async () => {
    const identity = { provider: "staff", audience: "public", subject: `race-${Date.now()}`, displayName: "Rask", email: null } as const;
    const [a, b] = await Promise.all([provisionUser(db.prisma, identity), provisionUser(db.prisma, identity)]);
    expect(a.userId).toBe(b.userId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await db.prisma.membership.count({ where: { userId: a.userId } })).toBe(1);
  });

  it("signs the same subject in again as the same user, with a new session that replaces the old", async () => {
    const first = await signIn("resident");
    const userId = await userIdOf("idporten", testAccounts.resident.sub);
    const before = await db.prisma.userSession.count({ where: { userId: userId ?? "" } });
    const second = await signIn("resident", "idporten", first.cookie ?? "");
    expect(second.cookie).toMatch(/^sambruk_session=.+/);
    expect(second.cookie).not.toBe(first.cookie);
    expect(await userIdOf("idporten", testAccounts.resident.sub)).toBe(userId);
    // The old session ended: the count stays, and there is still one personal organisation.
    expect(await db.prisma.userSession.count({ where: { userId: userId ?? "" } })).toBe(before);
    expect(await db.prisma.membership.count({ where: { userId: userId ?? "" } })).toBe(1);
  });

  it("signs staff in with given and family name and email, without a personal organisation", async () => {
    const reply = await signIn("staff", "staff");
    expect(reply.cookie).not.toBeNull();
    const userId = await userIdOf("staff", testAccounts.staff.sub);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId ?? "" }, include: { memberships: true } });
    expect(user).toMatchObject({ displayName: "Ola Hansen", email: "ola.hansen@asker.kommune.no" });
    expect(user.memberships).toEqual([]);
  });

  it("refuses a wrong state without starting a session", async () => {
    const callback = await atProvider("resident");
    callback.searchParams.set("state", "x".repeat(43));
    const sessions = await sessionCount();
    expectRefused(await get(callback.toString()));
    expect(await sessionCount()).toBe(sessions);
  });

  it("refuses a callback without state", async () => {
    const callback = await atProvider("resident");
    callback.searchParams.delete("state");
    expectRefused(await get(callback.toString()));
  });

  it("refuses a replayed callback", async () => {
    const callback = await atProvider("resident");
    expect((await get(callback.toString())).cookie).not.toBeNull();
    const sessions = await sessionCount();
    expectRefused(await get(callback.toString()));
    expect(await sessionCount()).toBe(sessions);
  });

  it("refuses an ID token whose nonce is not the one sent", async () => {
    const authorization = await begin();
    const stateHash = hashState(authorization.searchParams.get("state") ?? "");
    await db.prisma.oidcLogin.update({ where: { stateHash }, data: { nonce: "a-nonce-this-login-never-sent" } });
    const sessions = await sessionCount();
    expectRefused(await get((await idp.signIn(authorization.toString(), "resident")).toString()));
    expect(await sessionCount()).toBe(sessions);
    expect(logLines.some((line) => line.includes("sign-in refused") && line.includes("claim nonce"))).toBe(true);
  });

  it("refuses a pending login that expired", async () => {
    const authorization = await begin();
    const stateHash = hashState(authorization.searchParams.get("state") ?? "");
    await db.prisma.oidcLogin.update({ where: { stateHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectRefused(await get((await idp.signIn(authorization.toString(), "resident")).toString()));
  });

  it("refuses when the provider reports an error (the user cancelled)", async () => {
    const callback = await atProvider("abort");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expectRefused(await get(callback.toString()));
  });

  it("refuses a state issued for another provider", async () => {
    const callback = await atProvider("resident", "idporten");
    callback.pathname = "/api/v1/auth/callback/staff";
    expectRefused(await get(callback.toString()));
  });

  it("logs refusals without tokens or codes", async () => {
    const callback = await atProvider("resident");
    callback.searchParams.set("state", "y".repeat(43));
    await get(callback.toString());
    const refusals = logLines.filter((line) => line.includes("sign-in refused"));
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.join("")).not.toContain(callback.searchParams.get("code") ?? "no code");
    expect(refusals.join("")).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

describe("createOidcClients", () => {
  it("discovers once, and tries again after a failed discovery", async () => {
    const provider: OidcProviderConfig = {
      id: "flaky",
      name: "Flaky",
      audience: "staff",
      scopes: "openid",
      issuer: `${idp.issuer}/nowhere`,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
    };
    const clients = createOidcClients({ providers: [provider], publicUrl: `${base}/` });
    await expect(clients.configuration(provider)).rejects.toThrow();
    provider.issuer = idp.issuer;
    const config = await clients.configuration(provider);
    expect(config.serverMetadata().issuer).toBe(idp.issuer);
    expect(await clients.configuration(provider)).toBe(config);
    expect(clients.redirectUri(provider)).toBe(`${base}/api/v1/auth/callback/flaky`);
  });
});

describe("providerLogoutUrl", () => {
  it("gives the provider's end-session URL with id_token_hint and the site's front page to return to", async () => {
    const { cookie } = await signIn("resident");
    const logout = new URL((await logOut(cookie ?? "")) ?? "");
    expect(logout.origin).toBe(idp.issuer);
    expect(logout.searchParams.get("id_token_hint")).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(`${base}/`);
    // The provider accepts it: the hint is its own token and the return address is registered.
    const atProvider = await fetch(logout, { redirect: "manual" });
    expect(atProvider.status).toBe(200);
    await atProvider.body?.cancel();
  });

  it("is null for a session of no provider (demo) or without an ID token", async () => {
    expect(await providerLogoutUrl({ providers, publicUrl: base }, { provider: "demo", idToken: null })).toBeNull();
    expect(await providerLogoutUrl({ providers, publicUrl: base }, { provider: "idporten", idToken: null })).toBeNull();
  });
});
