import { everyDay } from "../testing/fixtures";
import { context, request, serviceUnit } from "./policy-fixtures";
import { staffedHoursFindings } from "./staffed-hours";

describe("staffedHoursFindings (staffed 09:00–16:00 every day)", () => {
  it.each<[string, string, string, boolean, number]>([
    ["exactly the staffed hours", "2026-03-11T09:00:00+01:00", "2026-03-11T16:00:00+01:00", false, 0],
    ["one minute before", "2026-03-11T08:59:00+01:00", "2026-03-11T10:00:00+01:00", false, 1],
    ["one minute after", "2026-03-11T15:00:00+01:00", "2026-03-11T16:01:00+01:00", false, 1],
    ["an evening", "2026-03-11T18:00:00+01:00", "2026-03-11T20:00:00+01:00", false, 1],
    ["an evening with a key agreement", "2026-03-11T18:00:00+01:00", "2026-03-11T20:00:00+01:00", true, 0],
    ["summer time, staffed by the wall clock", "2026-03-30T09:00:00+02:00", "2026-03-30T16:00:00+02:00", false, 0],
    ["summer time, one minute over by the wall clock", "2026-03-30T09:00:00+02:00", "2026-03-30T16:01:00+02:00", false, 1],
    ["the fall-back day", "2026-10-25T09:00:00+01:00", "2026-10-25T16:00:00+01:00", false, 0],
    ["the last minute of opening hours", "2026-03-11T21:00:00+01:00", "2026-03-11T22:00:00+01:00", false, 1],
    ["one minute past closing: the booking check's reason alone", "2026-03-11T21:00:00+01:00", "2026-03-11T22:01:00+01:00", false, 0],
    ["before opening: the booking check's reason alone", "2026-03-11T07:00:00+01:00", "2026-03-11T10:00:00+01:00", false, 0],
  ])("%s", (_label, start, end, keyAgreement, count) => {
    const findings = staffedHoursFindings(request({ start, end, booker: { ...serviceUnit, keyAgreement } }), context());
    expect(findings).toHaveLength(count);
    for (const f of findings) expect(f).toMatchObject({ code: "outside_staffed_hours", severity: "refuse" });
  });

  it("does not apply when the centre has no staffed hours configured", () => {
    const req = request({ start: "2026-03-11T20:00:00+01:00", end: "2026-03-11T21:00:00+01:00" });
    expect(staffedHoursFindings(req, context({ staffedHours: undefined }))).toEqual([]);
  });

  it("refuses everything outside staffed hours when none are staffed", () => {
    expect(staffedHoursFindings(request(), context({ staffedHours: [] }))).toHaveLength(1);
    expect(staffedHoursFindings(request(), context({ staffedHours: everyDay(0, 1440) }))).toHaveLength(0);
  });

  it("skips unreadable times (the booking check reports them)", () => {
    expect(staffedHoursFindings(request({ start: "nonsense" }), context())).toEqual([]);
  });
});
