// GET /api/v1/audit: the audit trail, filtered, newest first; admins read all, hosts their centres', others nothing.
import { randomUUID } from "node:crypto";
import { AuditEventList, Organisation, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import type { TestSession } from "../../testing/sessions";
import { people, startIdentityTestApp, type IdentityTestApp } from "../organisations/identity-test-app";

const suite = useApiSuite();
let api: IdentityTestApp;
beforeAll(async () => {
  api = await startIdentityTestApp(suite.db);
});
afterAll(() => api.close());

const read = (session: TestSession | null, query: Record<string, string>) =>
  api.call("GET", `/api/v1/audit?${new URLSearchParams(query).toString()}`, session);
const events = async (session: TestSession, query: Record<string, string>) => {
  const reply = await read(session, query);
  expect(reply.status).toBe(200);
  return AuditEventList.parse(reply.body);
};

/** Three events of a fresh centre an hour apart in 2020, oldest first, plus one of no centre. */
async function history() {
  const centreId = await suite.make.centre();
  const entityId = randomUUID();
  const at = (hour: number) => new Date(Date.UTC(2020, 0, 15, hour));
  const actions = ["booking.created", "booking.updated", "booking.cancelled"];
  for (const [hour, action] of actions.entries()) {
    await suite.db.prisma.auditEvent.create({ data: { at: at(10 + hour), centreId, action, entityType: "booking", entityId } });
  }
  await suite.db.prisma.auditEvent.create({ data: { at: at(9), centreId: null, action: "rules.updated", entityType: "policy_parameters", entityId } });
  return { centreId, entityId, at };
}

async function registerAt(centreId: string) {
  const { session } = await people(suite.db).resident();
  const contactPersons = [{ name: "Kari Nordmann", phone: "91234567" }];
  const reply = await api.call("POST", "/api/v1/organisations", session, { name: `Lag ${randomUUID()}`, homeCentreId: centreId, contactPersons });
  return Organisation.parse(reply.body);
}

describe("GET /api/v1/audit", () => {
  it("filters by centre, entity, action and time, newest first, at most `limit`", async () => {
    const { session } = await people(suite.db).admin();
    const { centreId, entityId, at } = await history();
    const ofCentre = await events(session, { centreId });
    expect(ofCentre.map((event) => event.action)).toEqual(["booking.cancelled", "booking.updated", "booking.created"]);
    expect((await events(session, { entityId })).map((event) => event.action)).toEqual([...ofCentre.map((event) => event.action), "rules.updated"]);
    expect((await events(session, { entityId, action: "booking.updated" })).map((event) => event.at)).toEqual([at(11).toISOString()]);
    const window = await events(session, { entityId, from: at(10).toISOString(), to: at(12).toISOString() });
    expect(window.map((event) => event.action)).toEqual(["booking.updated", "booking.created"]);
    expect((await events(session, { centreId, limit: "2" })).map((event) => event.action)).toEqual(["booking.cancelled", "booking.updated"]);
    expect(await events(session, { entityId, entityType: "organisation" })).toEqual([]);
  });

  it("finds a registration by its organisation and action", async () => {
    const { session } = await people(suite.db).admin();
    const group = await registerAt(await suite.make.centre());
    const found = await events(session, { organisationId: group.id, action: "organisation.registered" });
    expect(found).toEqual([expect.objectContaining({ entityType: "organisation", entityId: group.id, centreId: group.homeCentreId, before: null })]);
  });

  it("shows a host only the events of the centres they host", async () => {
    const mine = await history();
    const theirs = await history();
    const host = await people(suite.db).host(mine.centreId);
    const seen = await events(host.session, { limit: "200" });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((event) => event.centreId === mine.centreId)).toBe(true);
    expect(await events(host.session, { entityId: theirs.entityId })).toEqual([]);
    expect((await events(host.session, { entityId: mine.entityId })).map((event) => event.action)).toEqual(["booking.cancelled", "booking.updated", "booking.created"]);
    const refused = await read(host.session, { centreId: theirs.centreId });
    expect(refused.status).toBe(403);
    expect(Problem.parse(refused.body).code).toBe("forbidden");
  });

  it("403 for a resident; 401 without a session; 400 for a bad query", async () => {
    const centreId = await suite.make.centre();
    const { session } = await people(suite.db).resident();
    expect((await read(session, {})).status).toBe(403);
    expect((await read(session, { centreId })).status).toBe(403);
    expect((await read(null, {})).status).toBe(401);
    const { session: admin } = await people(suite.db).admin();
    const bad = await read(admin, { limit: "500", from: "yesterday" });
    expect(bad.status).toBe(400);
    expect(Problem.parse(bad.body).errors?.map((error) => error.pointer).sort()).toEqual(["/query/from", "/query/limit"]);
  });
});
