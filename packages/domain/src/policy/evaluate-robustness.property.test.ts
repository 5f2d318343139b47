import fc from "fast-check";
import { evaluate } from "./evaluate";
import { defaultPolicyParameters, type PolicyParameters } from "./parameters";
import { context, request, serviceUnit } from "./policy-fixtures";

const nonsenseNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e9),
  fc.integer({ min: -1000, max: 1000 }),
);
const nonsenseTime = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("24:00", "00:00", "17:00", "25:61", "7"));

const arbParameters: fc.Arbitrary<PolicyParameters> = fc.record({
  wordScreen: fc.record({ terms: fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }) }),
  incompatibleTags: fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })), { maxLength: 3 }),
  quotas: fc.record({
    organisation: fc.record({ hoursPerWeek: nonsenseNumber, activeBookings: nonsenseNumber }),
    resident: fc.record({ hoursPerWeek: nonsenseNumber, activeBookings: nonsenseNumber }),
  }),
  fairShare: fc.record({ targetedMaxPercent: nonsenseNumber }),
  primeTime: fc.record({
    windows: fc.array(fc.record({ weekday: nonsenseNumber, from: nonsenseTime, to: nonsenseTime }), { maxLength: 3 }),
    reservedFor: fc.constant(defaultPolicyParameters.primeTime.reservedFor),
    releaseDays: nonsenseNumber,
    reservedSharePercent: nonsenseNumber,
  }),
  bump: fc.record({ noticeDays: nonsenseNumber }),
});

describe("evaluate on nonsense parameters", () => {
  it("never throws, and never confirms when the parameters do not validate", () => {
    fc.assert(
      fc.property(arbParameters, fc.integer({ min: -5, max: 20 }), (parameters, attendees) => {
        const decision = evaluate(request({ attendees, start: "2026-03-11T17:00:00+01:00", end: "2026-03-11T18:00:00+01:00" }), context({ parameters }));
        const invalid = decision.findings.some((f) => f.code === "rule_parameters_invalid");
        if (invalid) expect(decision.outcome).not.toBe("confirm");
      }),
      { numRuns: 300 },
    );
  });
});

describe("evaluate on nonsense in single parameters", () => {
  const windows = defaultPolicyParameters.primeTime.windows;
  it.each<[string, Partial<PolicyParameters>]>([
    ["release days NaN", { primeTime: { ...defaultPolicyParameters.primeTime, windows, releaseDays: Number.NaN } }],
    ["release days −3", { primeTime: { ...defaultPolicyParameters.primeTime, windows, releaseDays: -3 } }],
    ["share NaN", { fairShare: { targetedMaxPercent: Number.NaN } }],
    ["reserved prime-time share NaN", { primeTime: { ...defaultPolicyParameters.primeTime, windows, reservedSharePercent: Number.NaN } }],
  ])("%s: review or refuse, no crash", (_label, overrides) => {
    const req = request({ start: "2026-03-11T17:00:00+01:00", end: "2026-03-11T18:00:00+01:00", activity: { id: "x", sensitivity: "open", tags: [], targeted: true } });
    const decision = evaluate(req, context({ parameters: { ...defaultPolicyParameters, ...overrides } }));
    expect(decision.outcome).not.toBe("confirm");
    expect(decision.findings[0]?.code).toBe("rule_parameters_invalid");
  });

  it("releases prime time at once for an absurdly early but valid release point, without crashing", () => {
    const primeTime = { ...defaultPolicyParameters.primeTime, windows, releaseDays: 1e9, reservedSharePercent: 100 };
    const req = request({ start: "2026-03-11T17:00:00+01:00", end: "2026-03-11T18:00:00+01:00", booker: { ...serviceUnit, keyAgreement: true } });
    const decision = evaluate(req, context({ parameters: { ...defaultPolicyParameters, primeTime } }));
    expect(decision).toMatchObject({ outcome: "confirm", findings: [] });
  });
});
