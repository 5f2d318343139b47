// GET /api/v1/rules, and the stored parameters the booking rules run on.
import { CreatedBooking, RefusedProblem, RulesInForce } from "@sambruk/contracts";
import { addDays } from "@sambruk/domain";
import { bookingRequest } from "../../testing/booking-request";
import { booker, classifiedActivity, mondayAhead, parametersWith, storeCentreParameters, usePolicySuite } from "../../testing/policy-fixtures";

describe("GET /api/v1/rules", () => {
  const suite = usePolicySuite();

  async function getRules(query: string) {
    const response = await fetch(suite.app.url(`/api/v1/rules${query}`));
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it("summarises every rule in nb, nn and en, with the common parameters", async () => {
    const reply = await getRules("");
    expect(reply.status).toBe(200);
    const rules = RulesInForce.parse(reply.body);
    expect(rules.centreId).toBeNull();
    expect(["global", "default"]).toContain(rules.source);
    expect(rules.rules.map((r) => r.rule)).toEqual([
      "sensitivity", "word_screen", "zone_compatibility", "eligibility", "quotas", "fair_share", "prime_time", "priority",
    ]);
    const quotas = rules.rules.find((r) => r.rule === "quotas");
    expect(quotas?.text.en).toContain("20 hours a week");
    expect(quotas?.text.nb).toContain("20 timer per uke");
    expect(quotas?.text.nn).toContain("20 timar per veke");
    // The word screen's terms are for staff only.
    expect(JSON.stringify(rules)).not.toContain("barnevern");
  });

  it("shows a centre's own parameters, and the booking rules apply them", async () => {
    const centreId = await suite.make.centre({ openOnHolidays: true });
    const roomId = await suite.make.space(centreId);
    await storeCentreParameters(suite.db.prisma, centreId, parametersWith({
      quotas: { organisation: { hoursPerWeek: 6, activeBookings: 40 }, resident: { hoursPerWeek: 4, activeBookings: 3 } },
    }));
    const rules = RulesInForce.parse((await getRules(`?centreId=${centreId}`)).body);
    expect(rules).toMatchObject({ centreId, source: "centre" });
    expect(rules.rules.find((r) => r.rule === "quotas")?.text.en).toContain("6 hours a week");

    const unit = await booker(suite.make, "service_unit");
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    const monday = mondayAhead(21);
    const world = { ...unit, roomId, activityTypeId };
    expect((await suite.api.create(unit.userId, bookingRequest(world, monday, "09:00", "12:00"))).status).toBe(201);
    expect((await suite.api.create(unit.userId, bookingRequest(world, addDays(monday, 1), "09:00", "12:00"))).status).toBe(201);
    const over = await suite.api.create(unit.userId, bookingRequest(world, addDays(monday, 2), "09:00", "10:00"));
    expect(over.status).toBe(422);
    expect(RefusedProblem.parse(over.body).findings.map((f) => f.code)).toEqual(["quota_hours_exceeded"]);
  });

  it("sends requests to the front desk rather than confirm them under nonsense parameters", async () => {
    const centreId = await suite.make.centre({ openOnHolidays: true });
    const roomId = await suite.make.space(centreId);
    await storeCentreParameters(suite.db.prisma, centreId, parametersWith({ fairShare: { targetedMaxPercent: 150 } }));
    const unit = await booker(suite.make, "service_unit");
    const activityTypeId = await classifiedActivity(suite.db.prisma, {});
    const reply = await suite.api.create(unit.userId, bookingRequest({ ...unit, roomId, activityTypeId }, mondayAhead(21), "09:00", "10:00"));
    expect(reply.status).toBe(202);
    // The booker sees why the request waits, but not which settings are wrong.
    const { findings } = CreatedBooking.parse(reply.body);
    expect(findings).toEqual([{ code: "rule_parameters_invalid", severity: "review" }]);
    expect(JSON.stringify(reply.body)).not.toContain("targetedMaxPercent");
  });

  it("404 for an unknown centre, 400 for a malformed id", async () => {
    expect((await getRules("?centreId=00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await getRules("?centreId=nope")).status).toBe(400);
  });
});
