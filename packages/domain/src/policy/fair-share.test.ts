import type { WeeklyInterval } from "../centres/weekly-hours";
import { makeSpace } from "../testing/fixtures";
import { fairShareFindings } from "./fair-share";
import { booking, context, openActivity, params, request, roomA, roomB, roomC } from "./policy-fixtures";
import type { PolicyBooking, PolicyContext } from "./request";

// Monday to Friday 10–20: 50 open hours a week; three units → 150 bookable unit-hours; a 10 % cap is 15 h.
const weekdays: WeeklyInterval[] = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opensMinute: 600, closesMinute: 1200 }));
const held = [
  booking(roomB, "2026-03-09T10:00:00+01:00", "2026-03-09T20:00:00+01:00", { targeted: true }),
  booking(roomC, "2026-03-10T10:00:00+01:00", "2026-03-10T13:00:00+01:00", { targeted: true }),
];
const base = (extra: Partial<PolicyContext> = {}) =>
  context({ weeklyHours: weekdays, bookings: held, parameters: params({ fairShare: { targetedMaxPercent: 10 } }), ...extra });
const wednesday = (from: string, to: string, targeted = true) =>
  request({ start: `2026-03-11T${from}:00+01:00`, end: `2026-03-11T${to}:00+01:00`, activity: { ...openActivity, targeted } });
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("fairShareFindings (cap 10 % of 150 unit-hours = 15 h, 13 h held)", () => {
  it.each<[string, ReturnType<typeof wednesday>, Partial<PolicyContext>, string[]]>([
    ["2 h more, exactly at the cap", wednesday("10:00", "12:00"), {}, []],
    ["2 h 1 min more, one minute over", wednesday("10:00", "12:01"), {}, ["fair_share_exceeded"]],
    ["a service that is not targeted", wednesday("10:00", "16:00", false), {}, []],
    ["held bookings that are cancelled", wednesday("10:00", "16:00"), { bookings: held.map((b) => ({ ...b, status: "cancelled" as const })) }, []],
    ["held bookings that are not targeted", wednesday("10:00", "16:00"), { bookings: held.map((b) => ({ ...b, targeted: false })) }, []],
    ["a closed Friday (120 unit-hours, cap 12 h)", wednesday("10:00", "12:00"), { closures: [{ start: new Date("2026-03-13T00:00:00+01:00"), end: new Date("2026-03-14T00:00:00+01:00") }] }, ["fair_share_exceeded"]],
    ["a cap of 0 %", wednesday("10:00", "10:30"), { bookings: [], parameters: params({ fairShare: { targetedMaxPercent: 0 } }) }, ["fair_share_exceeded"]],
    ["a cap of 100 %", wednesday("10:00", "20:00"), { parameters: params({ fairShare: { targetedMaxPercent: 100 } }) }, []],
  ])("%s", (_label, req, extra, expected) => {
    expect(codes(fairShareFindings(req, base(extra)))).toEqual(expected);
  });

  it("reports the week, the share, the cap and the would-be hours", () => {
    expect(fairShareFindings(wednesday("10:00", "13:00"), base())[0]?.params).toEqual({ week: "2026-W11", percent: 10, limitHours: 15, wouldBeHours: 16 });
  });

  it("ignores bookings in other centres", () => {
    const elsewhere = booking("far-away", "2026-03-11T10:00:00+01:00", "2026-03-11T20:00:00+01:00", { targeted: true });
    expect(fairShareFindings(wednesday("10:00", "12:00"), base({ bookings: [...held, elsewhere] }))).toEqual([]);
  });

  it("counts a divisible hall once per part, never twice", () => {
    const p1 = makeSpace("p1");
    const p2 = makeSpace("p2");
    const hall = makeSpace("hall", { partIds: ["p1", "p2"] });
    const hallHeld: PolicyBooking[] = [
      booking(hall, "2026-03-09T10:00:00+01:00", "2026-03-09T15:00:00+01:00", { targeted: true }),
      booking(p1, "2026-03-10T10:00:00+01:00", "2026-03-10T13:00:00+01:00", { targeted: true }),
    ];
    const ctx = base({ spaces: [roomA, hall, p1, p2], bookings: hallHeld });
    expect(codes(fairShareFindings(wednesday("10:00", "12:00"), ctx))).toEqual([]);
    expect(codes(fairShareFindings(wednesday("10:00", "12:01"), ctx))).toEqual(["fair_share_exceeded"]);
  });
});
