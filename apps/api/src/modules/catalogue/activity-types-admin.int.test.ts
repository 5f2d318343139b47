// PATCH /api/v1/activity-types/{id}: administrators change a type's classification; every change audited.
import { ActivityType, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { signIn } from "../../testing/sessions";

const suite = useApiSuite();

async function patchType(id: string, body: unknown, userId?: string) {
  const response = await fetch(suite.app.url(`/api/v1/activity-types/${id}`), {
    method: "PATCH",
    headers: { "content-type": "application/json", ...(userId ? (await signIn(suite.db, userId)).headers : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("PATCH /api/v1/activity-types/{id}", () => {
  it("changes the sensitivity, tags and targeting, audited with before and after", async () => {
    const admin = await suite.make.user(null, "admin");
    const id = await suite.make.activityType();
    const reply = await patchType(id, { sensitivity: "shielded", tags: ["confidential"], targeted: true }, admin);
    expect(reply.status).toBe(200);
    expect(ActivityType.parse(reply.body)).toMatchObject({ id, sensitivity: "shielded", tags: ["confidential"], targeted: true });
    const events = await suite.db.prisma.auditEvent.findMany({ where: { entityType: "activity_type", entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "activity_type.reclassified",
      actorId: admin,
      before: { sensitivity: "open", tags: [], targeted: false },
      after: { sensitivity: "shielded", tags: ["confidential"], targeted: true },
    });
  });

  it("400 on bad values, naming the field; nothing changes", async () => {
    const admin = await suite.make.user(null, "admin");
    const id = await suite.make.activityType();
    const bad = await patchType(id, { sensitivity: "secret", targeted: "yes" }, admin);
    expect(bad.status).toBe(400);
    expect(Problem.parse(bad.body).errors?.map((e) => e.pointer).sort()).toEqual(["/body/sensitivity", "/body/targeted"]);
    expect((await patchType(id, {}, admin)).status).toBe(400);
    expect((await patchType("nope", { targeted: true }, admin)).status).toBe(400);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityType: "activity_type", entityId: id } })).toBe(0);
  });

  it("401 without an actor, 403 for the front desk, 404 for an unknown type", async () => {
    const id = await suite.make.activityType();
    expect((await patchType(id, { sensitivity: "discreet" })).status).toBe(401);
    const desk = await patchType(id, { sensitivity: "discreet" }, await suite.make.user(null, "front_desk", [await suite.make.centre()]));
    expect(desk.status).toBe(403);
    expect(Problem.parse(desk.body).code).toBe("forbidden");
    const admin = await suite.make.user(null, "admin");
    expect((await patchType("00000000-0000-4000-8000-000000000000", { sensitivity: "discreet" }, admin)).status).toBe(404);
  });
});
