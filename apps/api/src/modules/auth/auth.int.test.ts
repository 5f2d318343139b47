// Sessions end to end over HTTP: demo sign-in, /me, acting for an organisation, CSRF, timeouts, sign-out.
import { LogoutResult, Me, Problem } from "@sambruk/contracts";
import { DEFAULT_AUTH_CONFIG } from "../../config/auth-config";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS, seedDemoData } from "../../db/seed";
import { useApiSuite } from "../../testing/api-suite";
import { signIn } from "../../testing/sessions";
import { sweepSignIn } from "./housekeeping";
import { startTestApp, type TestApp } from "../../testing/test-app";

const suite = useApiSuite();

beforeAll(async () => {
  await seedDemoData(suite.db.prisma);
});

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(app: TestApp, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  const response = await fetch(app.url(path), {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

/** The session cookie a response set, as a Cookie header. */
function cookieOf(reply: Reply): string {
  const cookies = reply.headers.getSetCookie().filter((cookie) => !cookie.includes("Max-Age=0"));
  const [cookie] = cookies;
  if (!cookie) throw new Error("no session cookie was set");
  return cookie.split(";")[0] ?? "";
}

async function demoLogin(userId: string, app: TestApp = suite.app, headers: Record<string, string> = {}) {
  const reply = await call(app, "POST", "/api/v1/auth/demo-login", headers, { userId });
  expect(reply.status).toBe(200);
  const me = Me.parse(reply.body);
  return { me, cookie: cookieOf(reply), reply };
}

describe("demo sign-in", () => {
  it("lists the demo users with their roles, and signs in as one with an httpOnly, SameSite=Lax cookie", async () => {
    const users = (await call(suite.app, "GET", "/api/v1/auth/demo-users")).body as { id: string; roles: string[] }[];
    expect(users.find((user) => user.id === DEMO_USER_IDS.navAdvisor)?.roles).toEqual(["staff"]);
    const { me, reply } = await demoLogin(DEMO_USER_IDS.navAdvisor);
    expect(me).toMatchObject({ user: { id: DEMO_USER_IDS.navAdvisor }, roles: ["staff"], provider: "demo" });
    expect(me.actingFor?.organisationId).toBe(DEMO_ORGANISATION_IDS.navGuidance);
    const setCookie = reply.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/sambruk_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it("is 404 for a user who is not a demo user, and when demo sign-in is off", async () => {
    const real = await suite.make.user(await suite.make.organisation());
    expect((await call(suite.app, "POST", "/api/v1/auth/demo-login", {}, { userId: real })).status).toBe(404);
    const off = await startTestApp(suite.db, { auth: { ...DEFAULT_AUTH_CONFIG, demoLogin: false } });
    try {
      expect((await call(off, "GET", "/api/v1/auth/demo-users")).status).toBe(404);
      const reply = await call(off, "POST", "/api/v1/auth/demo-login", {}, { userId: DEMO_USER_IDS.admin });
      expect(reply.status).toBe(404);
      expect(reply.headers.getSetCookie()).toEqual([]);
    } finally {
      await off.close();
    }
  });

  it("rotates the session id at every sign-in: the old cookie no longer opens a session", async () => {
    const first = await demoLogin(DEMO_USER_IDS.resident);
    const second = await demoLogin(DEMO_USER_IDS.resident, suite.app, { cookie: first.cookie, "x-csrf-token": first.me.csrfToken });
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.me.csrfToken).not.toBe(first.me.csrfToken);
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie: first.cookie })).status).toBe(401);
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie: second.cookie })).status).toBe(200);
  });
});

describe("GET /api/v1/auth/me", () => {
  it("401 authentication_required without a cookie; 401 session_expired for a tampered or unknown one", async () => {
    const none = await call(suite.app, "GET", "/api/v1/auth/me");
    expect([none.status, Problem.parse(none.body).code]).toEqual([401, "authentication_required"]);
    const { cookie } = await demoLogin(DEMO_USER_IDS.volunteer);
    const tampered = await call(suite.app, "GET", "/api/v1/auth/me", { cookie: `${cookie.slice(0, -2)}xx` });
    expect([tampered.status, Problem.parse(tampered.body).code]).toEqual([401, "session_expired"]);
  });

  it("ends a session idle for longer than the idle timeout, and one past its absolute end", async () => {
    const { cookie } = await demoLogin(DEMO_USER_IDS.volunteer);
    const id = (await suite.db.prisma.userSession.findFirstOrThrow({ where: { userId: DEMO_USER_IDS.volunteer }, orderBy: { createdAt: "desc" } })).id;
    await suite.db.prisma.userSession.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - 61 * 60_000) } });
    expect(Problem.parse((await call(suite.app, "GET", "/api/v1/auth/me", { cookie })).body).code).toBe("session_expired");
    await suite.db.prisma.userSession.update({ where: { id }, data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie })).status).toBe(401);
  });

  it("shows a host their centres and every role a user holds", async () => {
    const { me } = await demoLogin(DEMO_USER_IDS.frontDesk);
    expect(me.roles).toEqual(["front_desk"]);
    expect(me.frontDeskCentres.map((centre) => centre.name).sort()).toEqual(["Asker sentrum", "Slemmestad"]);
  });
});

describe("acting for an organisation", () => {
  it("switches to an organisation the user belongs to, and refuses one they do not (403)", async () => {
    const group = await suite.make.organisation("volunteer_group");
    const unit = await suite.make.organisation("service_unit");
    const userId = await suite.make.user(unit, "staff");
    await suite.db.prisma.membership.create({ data: { userId, organisationId: group, role: "member" } });
    await suite.db.prisma.user.update({ where: { id: userId }, data: { isDemo: true } });
    const { me, cookie } = await demoLogin(userId);
    expect(me.actingFor?.organisationId).toBe(unit);
    expect(me.memberships.map((m) => [m.organisationId, m.mayBook])).toEqual([[unit, true], [group, false]]);
    const headers = { cookie, "x-csrf-token": me.csrfToken };
    const switched = await call(suite.app, "PUT", "/api/v1/auth/acting-for", headers, { organisationId: group });
    expect(Me.parse(switched.body).actingFor?.organisationId).toBe(group);
    expect(Me.parse((await call(suite.app, "GET", "/api/v1/auth/me", headers)).body).actingFor?.organisationId).toBe(group);
    const stranger = await call(suite.app, "PUT", "/api/v1/auth/acting-for", headers, { organisationId: await suite.make.organisation() });
    expect([stranger.status, Problem.parse(stranger.body).code]).toEqual([403, "forbidden"]);
  });
});

describe("housekeeping", () => {
  it("deletes idle and ended sessions and keeps live ones", async () => {
    const live = await demoLogin(DEMO_USER_IDS.admin);
    const idle = await demoLogin(DEMO_USER_IDS.resident);
    const idleId = (await suite.db.prisma.userSession.findFirstOrThrow({ where: { userId: DEMO_USER_IDS.resident }, orderBy: { createdAt: "desc" } })).id;
    await suite.db.prisma.userSession.update({ where: { id: idleId }, data: { lastSeenAt: new Date(Date.now() - 2 * 3_600_000) } });
    const swept = await sweepSignIn(suite.db, DEFAULT_AUTH_CONFIG, new Date());
    expect(swept.sessions).toBeGreaterThanOrEqual(1);
    expect(await suite.db.prisma.userSession.count({ where: { id: idleId } })).toBe(0);
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie: live.cookie })).status).toBe(200);
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie: idle.cookie })).status).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses a state-changing request with a session but without the token (403), and with a wrong one", async () => {
    const { me, cookie } = await demoLogin(DEMO_USER_IDS.volunteerCoordinator);
    for (const token of [undefined, "wrong", `${me.csrfToken}x`]) {
      const headers: Record<string, string> = token === undefined ? { cookie } : { cookie, "x-csrf-token": token };
      const reply = await call(suite.app, "PUT", "/api/v1/auth/acting-for", headers, { organisationId: DEMO_ORGANISATION_IDS.languageCafe });
      expect([reply.status, Problem.parse(reply.body).code]).toEqual([403, "csrf_token_invalid"]);
    }
    const logout = await call(suite.app, "POST", "/api/v1/auth/logout", { cookie });
    expect(logout.status).toBe(403);
    expect((await call(suite.app, "GET", "/api/v1/auth/me", { cookie })).status).toBe(200);
  });
});

describe("POST /api/v1/auth/logout", () => {
  it("ends the session and clears the cookie; a demo session has no provider to sign out of", async () => {
    const { me, cookie } = await demoLogin(DEMO_USER_IDS.libraryStaff);
    const reply = await call(suite.app, "POST", "/api/v1/auth/logout", { cookie, "x-csrf-token": me.csrfToken });
    expect(LogoutResult.parse(reply.body)).toEqual({ providerLogoutUrl: null });
    expect(reply.headers.getSetCookie().join()).toMatch(/sambruk_session=; .*Max-Age=0/);
    expect(Problem.parse((await call(suite.app, "GET", "/api/v1/auth/me", { cookie })).body).code).toBe("session_expired");
  });
});

describe("rate limits", () => {
  it("answers sign-in attempts over the limit with 429 and Retry-After", async () => {
    const limited = await startTestApp(suite.db, { auth: { ...DEFAULT_AUTH_CONFIG, demoLogin: true, rateLimits: { loginPerMinute: 3, writesPerMinute: 100 } } });
    try {
      // Another address's counter: the limit is per client address, counted in PostgreSQL.
      await suite.db.prisma.rateLimitWindow.deleteMany({ where: { key: { startsWith: "login:" } } });
      const statuses: number[] = [];
      let last: Reply | undefined;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        last = await call(limited, "POST", "/api/v1/auth/demo-login", {}, { userId: "00000000-0000-4000-8000-000000000000" });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
      expect(Problem.parse(last?.body).code).toBe("too_many_requests");
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      await suite.db.prisma.rateLimitWindow.deleteMany({ where: { key: { startsWith: "login:" } } });
      await limited.close();
    }
  });

  it("answers a user's booking writes over the limit with 429, per user", async () => {
    const limited = await startTestApp(suite.db, { auth: { ...DEFAULT_AUTH_CONFIG, rateLimits: { loginPerMinute: 100, writesPerMinute: 2 } } });
    try {
      const user = await signIn(suite.db, await suite.make.user(await suite.make.organisation()));
      const other = await signIn(suite.db, await suite.make.user(await suite.make.organisation()));
      const cancel = (headers: Record<string, string>) => call(limited, "POST", "/api/v1/bookings/00000000-0000-4000-8000-000000000009/cancel", headers);
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await cancel(user.headers)).status);
      expect(statuses).toEqual([404, 404, 429]);
      expect((await cancel(other.headers)).status).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
