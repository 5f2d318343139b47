import { bookingCheckFindings, conflictFindings } from "./booking-checks";
import { booking, context, request, roomA, roomB } from "./policy-fixtures";

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("bookingCheckFindings", () => {
  it.each<[string, Parameters<typeof request>[0], string[]]>([
    ["a request that fits", {}, []],
    ["exactly the capacity", { attendees: 10 }, []],
    ["one over the capacity", { attendees: 11 }, ["over_capacity"]],
    ["a negative head count", { attendees: -1 }, ["invalid_attendees"]],
    ["a fractional head count", { attendees: 1.5 }, ["invalid_attendees"]],
    ["unreadable times", { start: "soon" }, ["invalid_datetime"]],
    ["too long and off the slot step", { end: "2026-03-11T14:10:00+01:00" }, ["duration_too_long", "not_on_slot_step"]],
    ["before opening", { start: "2026-03-11T07:30:00+01:00", end: "2026-03-11T08:30:00+01:00" }, ["outside_opening_hours"]],
  ])("%s", (_label, overrides, expected) => {
    const findings = bookingCheckFindings(request(overrides), context());
    expect(codes(findings)).toEqual(expected);
    for (const f of findings) expect(f).toMatchObject({ severity: "refuse", rule: "booking" });
  });

  it("uses the booker kind's notice", () => {
    const req = request({ start: "2026-03-02T10:00:00+01:00", end: "2026-03-02T11:00:00+01:00" });
    const resident = { ...req.booker, kind: "resident" as const };
    expect(codes(bookingCheckFindings(req, context()))).toEqual([]);
    expect(codes(bookingCheckFindings({ ...req, booker: resident }, context()))).toEqual(["too_short_notice"]);
  });
});

describe("conflictFindings", () => {
  it.each<[string, ReturnType<typeof booking>, string[]]>([
    ["a confirmed booking overlapping by one minute", booking(roomA, "2026-03-11T11:59:00+01:00", "2026-03-11T13:00:00+01:00"), ["space_taken"]],
    ["a confirmed booking ending exactly at the start", booking(roomA, "2026-03-11T09:00:00+01:00", "2026-03-11T10:00:00+01:00"), []],
    ["a requested booking", booking(roomA, "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00", { status: "requested" }), ["tentative_overlap"]],
    ["a booking in another space", booking(roomB, "2026-03-11T10:00:00+01:00", "2026-03-11T11:00:00+01:00"), []],
  ])("%s", (_label, other, expected) => {
    const findings = conflictFindings(request(), context({ bookings: [other] }));
    expect(codes(findings)).toEqual(expected);
    for (const f of findings) expect(f.concerns).toEqual({ bookingId: other.id });
  });

  it("ignores the booking being edited", () => {
    const self = booking(roomA, "2026-03-11T10:00:00+01:00", "2026-03-11T12:00:00+01:00");
    expect(conflictFindings(request(), context({ bookings: [self], ignoreBookingId: self.id }))).toEqual([]);
  });
});
