// PUT /api/v1/rules: administrators replace the rule parameters, globally or per centre; every change audited.
import { PolicyParametersDocument, Problem, RulesInForce } from "@sambruk/contracts";
import { defaultPolicyParameters } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { signIn } from "../../testing/sessions";
import { parametersWith } from "../../testing/policy-fixtures";

const suite = useApiSuite();

async function putRules(query: string, body: unknown, userId?: string) {
  const response = await fetch(suite.app.url(`/api/v1/rules${query}`), {
    method: "PUT",
    headers: { "content-type": "application/json", ...(userId ? (await signIn(suite.db, userId)).headers : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function userWithRole(role: "admin" | "front_desk" | "staff") {
  return suite.make.user(role === "staff" ? await suite.make.organisation() : null, role, role === "front_desk" ? [await suite.make.centre()] : []);
}

function auditRows(centreId: string) {
  return suite.db.prisma.auditEvent.findMany({
    where: { action: "rules.updated", entityType: "policy_parameters", after: { path: ["centreId"], equals: centreId } },
    orderBy: { at: "asc" },
  });
}

describe("PUT /api/v1/rules", () => {
  it("stores a centre's own parameters with an audit event, and the summary shows them", async () => {
    const admin = await userWithRole("admin");
    const centreId = await suite.make.centre();
    const document = parametersWith({ fairShare: { targetedMaxPercent: 40 } });
    const first = await putRules(`?centreId=${centreId}`, document, admin);
    expect(first.status).toBe(200);
    expect(PolicyParametersDocument.parse(first.body)).toEqual(document);
    const second = await putRules(`?centreId=${centreId}`, parametersWith({ fairShare: { targetedMaxPercent: 25 } }), admin);
    expect(second.status).toBe(200);

    const rows = await auditRows(centreId);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actorId: admin, before: null, after: { centreId, document: { fairShare: { targetedMaxPercent: 40 } } } });
    expect(rows[1]).toMatchObject({
      before: { document: { fairShare: { targetedMaxPercent: 40 } } },
      after: { document: { fairShare: { targetedMaxPercent: 25 } } },
    });
    const rules = RulesInForce.parse(await (await fetch(suite.app.url(`/api/v1/rules?centreId=${centreId}`))).json());
    expect(rules.source).toBe("centre");
    expect(JSON.stringify(rules)).not.toContain("barnevern");
  });

  it("replaces the global parameters, with the word-screen terms in the admin's answer", async () => {
    const admin = await userWithRole("admin");
    const reply = await putRules("", defaultPolicyParameters, admin);
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).toContain("barnevern");
    const stored = await suite.db.prisma.policyParameters.findMany({ where: { centreId: null } });
    expect(stored).toHaveLength(1);
  });

  it("400 naming every field that makes no sense, and stores nothing", async () => {
    const admin = await userWithRole("admin");
    const centreId = await suite.make.centre();
    const nonsense = parametersWith({
      fairShare: { targetedMaxPercent: 150 },
      quotas: { organisation: { hoursPerWeek: -2, activeBookings: 40 }, resident: { hoursPerWeek: 4, activeBookings: 3 } },
    });
    const reply = await putRules(`?centreId=${centreId}`, nonsense, admin);
    expect(reply.status).toBe(400);
    const problem = Problem.parse(reply.body);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map((e) => e.pointer)).toEqual(["/body/quotas/organisation/hoursPerWeek", "/body/fairShare/targetedMaxPercent"]);
    const wrongShape = Problem.parse((await putRules(`?centreId=${centreId}`, { ...defaultPolicyParameters, bump: { noticeDays: "soon" } }, admin)).body);
    expect(wrongShape.errors?.map((e) => e.pointer)).toEqual(["/body/bump/noticeDays"]);
    expect(await suite.db.prisma.policyParameters.count({ where: { centreId } })).toBe(0);
    expect(await auditRows(centreId)).toHaveLength(0);
  });

  it("401 without an actor, 403 for anyone but an administrator, 404 for an unknown centre", async () => {
    expect((await putRules("", defaultPolicyParameters)).status).toBe(401);
    for (const role of ["front_desk", "staff"] as const) {
      const reply = await putRules("", defaultPolicyParameters, await userWithRole(role));
      expect(reply.status).toBe(403);
      expect(Problem.parse(reply.body).code).toBe("forbidden");
    }
    const unknown = await putRules("?centreId=00000000-0000-4000-8000-000000000000", defaultPolicyParameters, await userWithRole("admin"));
    expect(unknown.status).toBe(404);
  });
});
