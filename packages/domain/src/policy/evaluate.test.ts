import { evaluate } from "./evaluate";
import { forBooker } from "./decision";
import { messageFor } from "./messages";
import { defaultPolicyParameters } from "./parameters";
import { booking, context, openActivity, params, request, roomB, serviceUnit } from "./policy-fixtures";

const codes = (d: ReturnType<typeof evaluate>) => d.findings.map((f) => f.code);

describe("evaluate", () => {
  it("confirms an ordinary request", () => {
    expect(evaluate(request(), context())).toEqual({ outcome: "confirm", findings: [], priority: { tier: 2, label: "municipal_service" } });
  });

  it.each([
    [{ ...serviceUnit, houseService: true }, 1, "house"],
    [{ ...serviceUnit, kind: "volunteer_group" as const }, 3, "volunteer_group"],
    [{ ...serviceUnit, kind: "resident" as const, organisationKind: null }, 4, "resident"],
  ])("carries the request's priority tier, refused or not, also to the booker", (booker, tier, label) => {
    const decision = evaluate(request({ booker }), context());
    expect(decision.priority).toEqual({ tier, label });
    expect(forBooker(decision).priority).toEqual({ tier, label });
    const refused = evaluate(request({ booker, activity: { ...openActivity, sensitivity: "shielded" } }), context());
    expect(refused).toMatchObject({ outcome: "refuse", priority: { tier, label } });
  });

  it("refuses a shielded service with the sensitivity code, in nb and en", () => {
    const nav = request({ activity: { ...openActivity, id: "nav-shielded", sensitivity: "shielded" } });
    const decision = evaluate(nav, context());
    expect(decision.outcome).toBe("refuse");
    const [finding] = decision.findings;
    expect(finding?.code).toBe("sensitive_service_not_allowed");
    expect(messageFor("sensitive_service_not_allowed", "nb", finding?.params)).toContain("skjerming");
    expect(messageFor("sensitive_service_not_allowed", "en", finding?.params)).toContain("shielding");
  });

  it("refuses a discreet conversation in an open room with the privacy code", () => {
    const decision = evaluate(request({ activity: { ...openActivity, sensitivity: "discreet" } }), context({ space: roomB }));
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)).toEqual(["discreet_needs_closed_room"]);
  });

  it("refuses a targeted service over its share while a volunteer group at the same time is confirmed", () => {
    const held = booking(roomB, "2026-03-09T08:00:00+01:00", "2026-03-09T22:00:00+01:00", { targeted: true });
    const ctx = context({ bookings: [held], parameters: params({ fairShare: { targetedMaxPercent: 2 } }) });
    const targeted = evaluate(request({ activity: { ...openActivity, targeted: true } }), ctx);
    expect(targeted.outcome).toBe("refuse");
    expect(codes(targeted)).toEqual(["fair_share_exceeded"]);
    const group = { ...serviceUnit, kind: "volunteer_group" as const, organisationKind: "volunteer_group" as const, ownerId: "org-lag" };
    const volunteers = request({ booker: group, start: "2026-03-11T10:00:00+01:00", end: "2026-03-11T12:00:00+01:00" });
    expect(evaluate(volunteers, ctx).outcome).toBe("confirm");
  });

  it("returns every refusing finding at once, in rule order", () => {
    const req = request({
      activity: { ...openActivity, sensitivity: "security", targeted: true },
      start: "2026-03-11T17:00:00+01:00",
      end: "2026-03-11T22:00:00+01:00",
      attendees: 11,
      title: "Barnevernet",
    });
    const primeTime = { ...defaultPolicyParameters.primeTime, reservedSharePercent: 100 };
    const decision = evaluate(req, context({ parameters: params({ fairShare: { targetedMaxPercent: 0 }, primeTime }) }));
    expect(decision.outcome).toBe("refuse");
    expect(codes(decision)).toEqual([
      "sensitive_service_not_allowed",
      "duration_too_long",
      "over_capacity",
      "outside_staffed_hours",
      "fair_share_exceeded",
      "prime_time_reserved",
      "sensitive_words",
    ]);
  });

  it("sends a screened title to review, showing the term to staff only", () => {
    const decision = evaluate(request({ title: "Info om rusbehandling" }), context());
    expect(decision.outcome).toBe("review");
    expect(decision.findings[0]?.staffParams).toEqual({ term: "rusbehandling*" });
    expect(forBooker(decision).findings[0]?.staffParams).toBeUndefined();
  });

  it("confirms with a warning when another request competes for the time", () => {
    const competing = booking("a", "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00", { status: "requested" });
    const decision = evaluate(request(), context({ bookings: [competing] }));
    expect(decision).toMatchObject({ outcome: "confirm", findings: [{ code: "tentative_overlap", severity: "warn" }] });
  });

  it("sends the request to review when the parameters are nonsense, and does not crash", () => {
    const broken = params({ fairShare: { targetedMaxPercent: 150 }, quotas: { organisation: { hoursPerWeek: -1, activeBookings: 2 }, resident: { hoursPerWeek: 1, activeBookings: 1 } } });
    const decision = evaluate(request(), context({ parameters: broken }));
    expect(decision.findings[0]).toMatchObject({
      code: "rule_parameters_invalid",
      severity: "review",
      staffParams: { pointers: "/quotas/organisation/hoursPerWeek, /fairShare/targetedMaxPercent" },
    });
    // The booker sees the reason, without the settings that are wrong.
    expect(forBooker(decision).findings[0]).toEqual({ code: "rule_parameters_invalid", severity: "review", rule: "parameters" });
    expect(decision.outcome).toBe("refuse"); // −1 h a week: nothing fits
  });
});
