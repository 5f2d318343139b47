// /api/v1/organisations: registering an informal group, reading it, listing and verifying it at the front desk.
import { randomUUID } from "node:crypto";
import { CreatedBooking, Organisation, OrganisationList, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { futureDay, osloIso } from "../../testing/oslo-time";
import type { TestSession } from "../../testing/sessions";
import { people, startIdentityTestApp, type IdentityTestApp } from "./identity-test-app";

const suite = useApiSuite();
let api: IdentityTestApp;
beforeAll(async () => {
  api = await startIdentityTestApp(suite.db);
});
afterAll(() => api.close());

const contact = { name: "Kari Nordmann", phone: "+47 912 34 567", email: "kari@example.org" };
const register = (session: TestSession | null, body: unknown) => api.call("POST", "/api/v1/organisations", session, body);
const get = (session: TestSession | null, id: string) => api.call("GET", `/api/v1/organisations/${id}`, session);
const verify = (session: TestSession | null, id: string) => api.call("POST", `/api/v1/organisations/${id}/verify`, session);
const list = (session: TestSession, query: string) => api.call("GET", `/api/v1/organisations?${query}`, session);

/** A group registered by a fresh resident at the centre; the resident is its coordinator. */
async function registeredGroup(centreId: string) {
  const coordinator = await people(suite.db).resident();
  const reply = await register(coordinator.session, { name: `Strikkeklubben ${randomUUID()}`, homeCentreId: centreId, contactPersons: [contact] });
  expect(reply.status).toBe(201);
  return { coordinator, group: Organisation.parse(reply.body) };
}

const auditOf = (id: string) => suite.db.prisma.auditEvent.findMany({ where: { entityType: "organisation", entityId: id }, orderBy: { at: "asc" } });

describe("POST /api/v1/organisations", () => {
  it("registers an unverified group with its contact persons; the caller becomes its coordinator; audited", async () => {
    const centreId = await suite.make.centre();
    const { id: userId, session } = await people(suite.db).resident();
    const second = { name: "Ola Nordmann", phone: "98765432" };
    const reply = await register(session, { name: "Språkkafé Heggedal", homeCentreId: centreId, contactPersons: [contact, second] });
    expect(reply.status).toBe(201);
    const group = Organisation.parse(reply.body);
    expect(group).toMatchObject({ kind: "volunteer_group", name: "Språkkafé Heggedal", organisationNumber: null, verified: false, homeCentreId: centreId });
    expect(group.contactPersons).toEqual([contact, second]);
    expect(reply.headers.get("location")).toBe(`/api/v1/organisations/${group.id}`);

    const memberships = await suite.db.prisma.membership.findMany({ where: { organisationId: group.id }, select: { userId: true, role: true } });
    expect(memberships).toEqual([{ userId, role: "coordinator" }]);
    const events = await auditOf(group.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "organisation.registered", actorId: userId, actingOrganisationId: group.id, centreId, before: null });
    expect(events[0]?.requestId).toEqual(expect.any(String));

    const read = await get(session, group.id);
    expect(read.status).toBe(200);
    expect(Organisation.parse(read.body)).toEqual(group);
  });

  it.each([
    ["no contact persons", { contactPersons: [] }, "/body/contactPersons"],
    ["six contact persons", { contactPersons: Array.from({ length: 6 }, () => contact) }, "/body/contactPersons"],
    ["a bad phone number", { contactPersons: [{ ...contact, phone: "12-34" }] }, "/body/contactPersons/0/phone"],
    ["an unknown centre", { homeCentreId: randomUUID() }, "/body/homeCentreId"],
  ])("400 for %s, pointing at the field; nothing is stored", async (_case, change, pointer) => {
    const centreId = await suite.make.centre();
    const { id: userId, session } = await people(suite.db).resident();
    const name = `Refused ${randomUUID()}`;
    const reply = await register(session, { name, homeCentreId: centreId, contactPersons: [contact], ...change });
    expect(reply.status).toBe(400);
    const problem = Problem.parse(reply.body);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((error) => error.pointer)).toContain(pointer);
    expect(await suite.db.prisma.organisation.count({ where: { name } })).toBe(0);
    expect(await suite.db.prisma.membership.count({ where: { userId } })).toBe(0);
    expect(await suite.db.prisma.auditEvent.count({ where: { actorId: userId } })).toBe(0);
  });

  it("401 without a session, 403 without the CSRF token", async () => {
    const body = { name: "Uten økt", homeCentreId: await suite.make.centre(), contactPersons: [contact] };
    expect((await register(null, body)).status).toBe(401);
    const { session } = await people(suite.db).resident();
    const reply = await register({ ...session, headers: { cookie: session.cookie } }, body);
    expect(reply.status).toBe(403);
    expect(Problem.parse(reply.body).code).toBe("csrf_token_invalid");
  });
});

describe("GET /api/v1/organisations/{id}", () => {
  it("shows the group to its members, the host of its home centre and admins; 404 to anyone else", async () => {
    const home = await suite.make.centre();
    const other = await suite.make.centre();
    const { coordinator, group } = await registeredGroup(home);
    const who = people(suite.db);
    expect((await get(coordinator.session, group.id)).status).toBe(200);
    expect((await get((await who.host(home)).session, group.id)).status).toBe(200);
    expect((await get((await who.admin()).session, group.id)).status).toBe(200);
    const stranger = await get((await who.resident()).session, group.id);
    expect(stranger.status).toBe(404);
    expect(Problem.parse(stranger.body).code).toBe("not_found");
    expect((await get((await who.host(other)).session, group.id)).status).toBe(404);
    expect((await get(coordinator.session, randomUUID())).status).toBe(404);
    expect((await get(null, group.id)).status).toBe(401);
  });
});

describe("GET /api/v1/organisations", () => {
  it("lists the groups of the centres the caller hosts; 403 for another centre and for residents", async () => {
    const home = await suite.make.centre();
    const other = await suite.make.centre();
    const mine = await registeredGroup(home);
    const theirs = await registeredGroup(other);
    const host = await people(suite.db).host(home);

    const waiting = await list(host.session, "verified=false");
    expect(waiting.status).toBe(200);
    expect(OrganisationList.parse(waiting.body).map((group) => group.id)).toEqual([mine.group.id]);
    const byCentre = await list(host.session, `centreId=${home}&verified=false`);
    expect(OrganisationList.parse(byCentre.body).map((group) => group.id)).toEqual([mine.group.id]);
    expect((await list(host.session, "verified=true")).body).toEqual([]);

    const refused = await list(host.session, `centreId=${other}`);
    expect(refused.status).toBe(403);
    expect(Problem.parse(refused.body).code).toBe("forbidden");
    expect((await list(mine.coordinator.session, "verified=false")).status).toBe(403);
    const admin = await people(suite.db).admin();
    expect(OrganisationList.parse((await list(admin.session, `centreId=${other}`)).body).map((group) => group.id)).toEqual([theirs.group.id]);
    expect((await list(host.session, "verified=maybe")).status).toBe(400);
  });
});

describe("POST /api/v1/organisations/{id}/verify", () => {
  it("the host of the home centre verifies once: audited with before and after; again answers 200 unchanged", async () => {
    const home = await suite.make.centre();
    const { group } = await registeredGroup(home);
    const host = await people(suite.db).host(home);
    const first = await verify(host.session, group.id);
    expect(first.status).toBe(200);
    expect(Organisation.parse(first.body)).toEqual({ ...group, verified: true });
    const again = await verify(host.session, group.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const verified = (await auditOf(group.id)).filter((event) => event.action === "organisation.verified");
    expect(verified).toHaveLength(1);
    expect(verified[0]).toMatchObject({ actorId: host.id, centreId: home, actingOrganisationId: group.id, before: { verified: false }, after: { verified: true } });
  });

  it("404 for the front desk of another centre, 403 for the group's own coordinator; nothing changes", async () => {
    const home = await suite.make.centre();
    const { coordinator, group } = await registeredGroup(home);
    const elsewhere = await people(suite.db).host(await suite.make.centre());
    expect((await verify(elsewhere.session, group.id)).status).toBe(404);
    const own = await verify(coordinator.session, group.id);
    expect(own.status).toBe(403);
    expect(Problem.parse(own.body).code).toBe("forbidden");
    expect((await verify((await people(suite.db).host(home)).session, randomUUID())).status).toBe(404);
    const stored = await suite.db.prisma.organisation.findUniqueOrThrow({ where: { id: group.id }, select: { verified: true } });
    expect(stored.verified).toBe(false);
    expect((await auditOf(group.id)).map((event) => event.action)).toEqual(["organisation.registered"]);
  });

  it("the group's bookings wait for review until it is verified, then are confirmed directly", async () => {
    const centreId = await suite.make.centre();
    const spaceId = await suite.make.space(centreId);
    const activityTypeId = await suite.make.activityType();
    const { coordinator, group } = await registeredGroup(centreId);
    const day = futureDay(3);
    const book = async (from: string, to: string) => {
      const response = await fetch(suite.app.url("/api/v1/bookings"), {
        method: "POST",
        headers: { ...coordinator.session.headers, "content-type": "application/json", "idempotency-key": randomUUID() },
        body: JSON.stringify({ spaceId, organisationId: group.id, activityTypeId, title: "Strikkekveld", expectedAttendees: 6, start: osloIso(day, from), end: osloIso(day, to) }),
      });
      const body: unknown = await response.json();
      return { status: response.status, body: response.ok ? CreatedBooking.parse(body) : body };
    };
    const before = await book("10:00", "11:00");
    expect(before.status).toBe(202);
    expect(before.body).toMatchObject({ status: "requested", findings: [expect.objectContaining({ code: "group_not_verified" })] });
    expect((await verify((await people(suite.db).host(centreId)).session, group.id)).status).toBe(200);
    const after = await book("12:00", "13:00");
    expect(after.status).toBe(201);
    expect(after.body).toMatchObject({ status: "confirmed" });
  });
});
