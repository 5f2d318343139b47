import type { BookerKind } from "../spaces/space";
import { context, params, request, serviceUnit } from "./policy-fixtures";
import { primeTimeFindings } from "./prime-time";
import { defaultPolicyParameters } from "./parameters";

// Defaults: Monday–Thursday 17:00–21:00, kept for volunteer groups and residents until 7 days before. These cases
// keep all of it reserved (100 %) to test when it is released; the share itself is tested in prime-time-share.
const allReserved = params({ primeTime: { ...defaultPolicyParameters.primeTime, reservedSharePercent: 100 } });
const at = (start: string, end: string, kind: BookerKind = "service_unit") => request({ start, end, booker: { ...serviceUnit, kind } });
const wed = (from: string, to: string, kind?: BookerKind) => at(`2026-03-11T${from}:00+01:00`, `2026-03-11T${to}:00+01:00`, kind);

describe("primeTimeFindings", () => {
  it.each<[string, ReturnType<typeof at>, string, number]>([
    ["a service unit, well before the release", wed("17:00", "18:00"), "2026-03-02T09:00:00+01:00", 1],
    ["a service unit, one minute before the release", wed("17:00", "18:00"), "2026-03-04T16:59:00+01:00", 1],
    ["a service unit, exactly at the release", wed("17:00", "18:00"), "2026-03-04T17:00:00+01:00", 0],
    ["ending exactly when prime time starts", wed("16:00", "17:00"), "2026-03-02T09:00:00+01:00", 0],
    ["ending one minute into prime time", wed("16:00", "17:01"), "2026-03-02T09:00:00+01:00", 1],
    ["starting exactly when prime time ends", wed("21:00", "22:00"), "2026-03-02T09:00:00+01:00", 0],
    ["a Friday evening", at("2026-03-13T17:00:00+01:00", "2026-03-13T18:00:00+01:00"), "2026-03-02T09:00:00+01:00", 0],
    ["a volunteer group", wed("17:00", "18:00", "volunteer_group"), "2026-03-02T09:00:00+01:00", 0],
    ["a resident", wed("17:00", "18:00", "resident"), "2026-03-02T09:00:00+01:00", 0],
    ["across spring forward, one minute before the release", at("2026-04-02T18:00:00+02:00", "2026-04-02T19:00:00+02:00"), "2026-03-26T17:59:00+01:00", 1],
    ["across spring forward, exactly at the release", at("2026-04-02T18:00:00+02:00", "2026-04-02T19:00:00+02:00"), "2026-03-26T18:00:00+01:00", 0],
  ])("%s", (_label, req, now, count) => {
    const findings = primeTimeFindings(req, context({ now: new Date(now), parameters: allReserved }));
    expect(findings).toHaveLength(count);
    for (const f of findings) expect(f).toMatchObject({ code: "prime_time_reserved", severity: "refuse", params: { releaseDays: 7 } });
  });

  it("names the release point", () => {
    expect(primeTimeFindings(wed("17:00", "18:00"), context({ parameters: allReserved }))[0]?.params?.["releasesAt"]).toBe("2026-03-04T16:00:00.000Z");
  });

  it("skips malformed windows instead of crashing", () => {
    const primeTime = { ...allReserved.primeTime, windows: [{ weekday: 3, from: "25:00", to: "nonsense" }] };
    expect(primeTimeFindings(wed("17:00", "18:00"), context({ parameters: params({ primeTime }) }))).toEqual([]);
  });

  it("keeps it reserved up to the start itself with zero release days", () => {
    const primeTime = { ...allReserved.primeTime, releaseDays: 0 };
    expect(primeTimeFindings(wed("17:00", "18:00"), context({ parameters: params({ primeTime }) }))).toHaveLength(1);
    const atStart = context({ now: new Date("2026-03-11T17:00:00+01:00"), parameters: params({ primeTime }) });
    expect(primeTimeFindings(wed("17:00", "18:00"), atStart)).toEqual([]);
  });
});
