import type { BookerKind } from "../spaces/space";
import { defaultPolicyParameters } from "./parameters";
import { booking, context, params, request, roomA, roomB, roomC, serviceUnit } from "./policy-fixtures";
import { primeTimeFindings } from "./prime-time";
import type { PolicyBooking, PolicyContext } from "./request";

// Open 08–22 daily, three units: prime time Mon–Thu 17–21 in week 2026-W11 is 16 h × 3 = 48 unit-hours. With the
// default 50 % reserved, bookers outside the reserved group may hold 24 unit-hours before the release; 23 are held.
const evening = (day: string, from: string, to: string) => [`2026-03-${day}T${from}:00+01:00`, `2026-03-${day}T${to}:00+01:00`] as const;
const held: PolicyBooking[] = [
  ...[roomA, roomB, roomC].map((room) => booking(room, ...evening("09", "17:00", "21:00"))),
  ...[roomA, roomB].map((room) => booking(room, ...evening("10", "17:00", "21:00"))),
  booking(roomC, ...evening("10", "17:00", "20:00")),
];
const wed = (from: string, to: string, kind: BookerKind = "service_unit") =>
  request({ start: `2026-03-11T${from}:00+01:00`, end: `2026-03-11T${to}:00+01:00`, booker: { ...serviceUnit, kind } });
const withShare = (reservedSharePercent: number) => params({ primeTime: { ...defaultPolicyParameters.primeTime, reservedSharePercent } });
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("primeTimeFindings, the reserved share (50 % of 48 unit-hours, 23 held outside the reserved group)", () => {
  it.each<[string, ReturnType<typeof wed>, Partial<PolicyContext>, string[]]>([
    ["1 h more, exactly at the cap", wed("17:00", "18:00"), {}, []],
    ["1 h 1 min more, one minute over", wed("17:00", "18:01"), {}, ["prime_time_reserved"]],
    ["only the prime-time part counts", wed("15:00", "18:00"), {}, []],
    ["one prime-time minute too many", wed("15:00", "18:01"), {}, ["prime_time_reserved"]],
    ["a volunteer group is never capped", wed("17:00", "21:00", "volunteer_group"), {}, []],
    ["held bookings by reserved kinds do not count", wed("17:00", "21:00"), { bookings: held.map((b) => ({ ...b, bookerKind: "resident" as const })) }, []],
    ["cancelled bookings do not count", wed("17:00", "21:00"), { bookings: held.map((b) => ({ ...b, status: "cancelled" as const })) }, []],
    ["bookings at another centre do not count", wed("17:00", "21:00"), { bookings: held.map((b) => ({ ...b, spaceId: "elsewhere" })) }, []],
    ["after the release point anyone may take it", wed("17:00", "21:00"), { now: new Date("2026-03-04T17:00:00+01:00") }, []],
    ["nothing reserved (0 %)", wed("17:00", "21:00"), { parameters: withShare(0) }, []],
    ["a 60 % share leaves 19.2 unit-hours", wed("17:00", "17:30"), { parameters: withShare(60) }, ["prime_time_reserved"]],
  ])("%s", (_label, req, extra, expected) => {
    expect(codes(primeTimeFindings(req, context({ bookings: held, ...extra })))).toEqual(expected);
  });

  it("says how much is held and where the cap is", () => {
    expect(primeTimeFindings(wed("17:00", "18:01"), context({ bookings: held }))[0]?.params).toMatchObject({
      week: "2026-W11",
      reservedPercent: 50,
      limitHours: 24,
      wouldBeHours: 24.02,
      releaseDays: 7,
    });
  });

  it("counts a whole divisible hall once per part", () => {
    const hall = { ...roomA, id: "hall", partIds: [roomB.id, roomC.id] };
    const ctx = context({ space: hall, spaces: [hall, roomA, roomB, roomC], bookings: held.slice(0, 5) });
    // Still three units (48 unit-hours, cap 24); 20 held, and 2 h of the hall's two parts make exactly 24.
    expect(codes(primeTimeFindings(wed("17:00", "19:00"), ctx))).toEqual([]);
    expect(codes(primeTimeFindings(wed("17:00", "19:01"), ctx))).toEqual(["prime_time_reserved"]);
  });
});
