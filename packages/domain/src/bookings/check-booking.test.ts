import { intervalBetween } from "../time/interval";
import { at, everyDay, makeSpace } from "../testing/fixtures";
import { checkBookingRequest, type BookingRequest, type CheckContext } from "./check-booking";

const base: CheckContext = {
  now: at("2026-11-20T11:00:00Z"), // Friday 12:00 in Oslo
  space: makeSpace("room", { capacity: 10 }, { slotStepMinutes: 30, minDurationMinutes: 30, maxDurationMinutes: 240 }),
  bookerKind: "service_unit", // notice 0, horizon 180 days; residents: notice 24 h, horizon 30 days
  weeklyHours: everyDay(8 * 60, 22 * 60),
  closures: [intervalBetween(at("2026-11-25T09:00:00Z"), at("2026-11-25T11:00:00Z"))], // 10–12 Oslo
  holidays: [{ year: 2026, month: 5, day: 17 }],
};
/** "11-23T10:00+01" → "2026-11-23T10:00+01:00". */
const iso = (short: string) => `2026-${short.replace(/([+-]\d\d)$/, "$1:00")}`;
const req = (start: string, end: string, attendees = 5): BookingRequest => ({ start: iso(start), end: iso(end), attendees });
const space = (booking: Parameters<typeof makeSpace>[2]) => ({ space: makeSpace("room", {}, booking) });
type Row = [string, BookingRequest, Partial<CheckContext>, string[]];
const codes = (request: BookingRequest, overrides: Partial<CheckContext>) =>
  checkBookingRequest(request, { ...base, ...overrides }).findings.map((f) => f.code);

describe("checkBookingRequest", () => {
  it.each<Row>([
    ["a plain winter booking", req("11-23T10:00+01", "11-23T12:00+01"), {}, []],
    ["end equal to start", req("11-23T10:00+01", "11-23T10:00+01"), {}, ["end_before_start"]],
    ["end before start", req("11-23T10:00+01", "11-23T09:00+01"), {}, ["end_before_start"]],
    ["too short", req("11-23T10:00+01", "11-23T10:30+01"), space({ minDurationMinutes: 60 }), ["duration_too_short"]],
    ["too long", req("11-23T10:00+01", "11-23T15:00+01"), {}, ["duration_too_long"]],
    ["off the slot step", req("11-23T10:15+01", "11-23T11:15+01"), {}, ["not_on_slot_step", "not_on_slot_step"]],
    ["seconds are off the step", req("11-23T10:00:30+01", "11-23T11:00+01"), {}, ["not_on_slot_step"]],
    ["over capacity", req("11-23T10:00+01", "11-23T11:00+01", 11), {}, ["over_capacity"]],
    ["no offset", { ...req("11-23T10:00+01", "11-23T11:00+01"), start: "2026-11-23T10:00" }, {}, ["offset_missing"]],
    ["garbage", { start: "soon", end: "later", attendees: 1 }, {}, ["invalid_datetime", "invalid_datetime"]],
  ])("%s → %j", (_label, request, overrides, expected) => {
    expect(codes(request, overrides)).toEqual(expected);
  });

  const lunchBreak = { weeklyHours: [...everyDay(8 * 60, 12 * 60), ...everyDay(13 * 60, 22 * 60)] };
  const lateNights = { weeklyHours: [...everyDay(20 * 60, 1440), ...everyDay(0, 120)] };
  const may = { now: at("2026-05-01T10:00:00Z") };
  it.each<Row>([
    ["before opening", req("11-23T07:00+01", "11-23T09:00+01"), {}, ["outside_opening_hours"]],
    ["after closing, to midnight", req("11-23T22:00+01", "11-24T00:00+01"), {}, ["outside_opening_hours"]],
    ["over a lunch break", req("11-23T11:00+01", "11-23T14:00+01"), lunchBreak, ["outside_opening_hours"]],
    ["to midnight when open until 24:00", req("11-23T23:00+01", "11-24T00:00+01"), lateNights, []],
    ["across midnight where 24:00 meets 00:00", req("11-23T23:00+01", "11-24T01:00+01"), lateNights, []],
    ["on a public holiday", req("05-17T10:00+02", "05-17T12:00+02"), may, ["closed_holiday"]],
    ["on a holiday, open on holidays", req("05-17T10:00+02", "05-17T12:00+02"), { ...may, openOnHolidays: true }, []],
    ["into a closure", req("11-25T11:30+01", "11-25T12:30+01"), {}, ["closed"]],
    ["right after a closure", req("11-25T12:00+01", "11-25T13:00+01"), {}, []],
  ])("opening: %s → %j", (_label, request, overrides, expected) => {
    expect(codes(request, overrides)).toEqual(expected);
  });

  const resident = { bookerKind: "resident" as const };
  it.each<Row>([
    ["less than a day's notice", req("11-21T10:00+01", "11-21T11:00+01"), resident, ["too_short_notice"]],
    ["exactly a day's notice", req("11-21T12:00+01", "11-21T13:00+01"), resident, []],
    ["in the past", req("11-20T10:00+01", "11-20T11:00+01"), {}, ["too_short_notice"]],
    ["on the last day of the horizon", req("12-20T20:00+01", "12-20T21:00+01"), resident, []],
    ["beyond the horizon", req("12-21T10:00+01", "12-21T11:00+01"), resident, ["beyond_horizon"]],
    [
      "many things at once",
      req("11-21T07:15+01", "11-21T07:45+01", 12),
      resident,
      ["not_on_slot_step", "not_on_slot_step", "outside_opening_hours", "too_short_notice", "over_capacity"],
    ],
  ])("notice and horizon: %s → %j", (_label, request, overrides, expected) => {
    expect(codes(request, overrides)).toEqual(expected);
  });

  // Daylight saving: durations are elapsed time, slot steps follow the wall clock.
  const spring = { now: at("2026-03-20T12:00:00Z"), weeklyHours: everyDay(0, 1440) };
  const fall = { now: at("2026-10-20T12:00:00Z"), weeklyHours: everyDay(0, 1440) };
  const step90 = space({ slotStepMinutes: 90, maxDurationMinutes: 600 });
  it.each<Row>([
    ["01:30–03:30 is one hour", req("03-29T01:30+01", "03-29T03:30+02"), { ...spring, ...space({ minDurationMinutes: 60 }) }, []],
    ["01:30–03:30 is short of 90 min", req("03-29T01:30+01", "03-29T03:30+02"), { ...spring, ...space({ minDurationMinutes: 90 }) }, ["duration_too_short"]],
    ["02:30 does not exist", req("03-29T02:30+01", "03-29T04:00+02"), spring, ["offset_mismatch"]],
    ["00:00–03:00 is on step 90 (2 h elapsed)", req("03-29T00:00+01", "03-29T03:00+02"), { ...spring, ...step90 }, []],
    ["00:00–04:00 is off step 90 (3 h elapsed)", req("03-29T00:00+01", "03-29T04:00+02"), { ...spring, ...step90 }, ["not_on_slot_step"]],
    ["first 02:30 to second 02:30 is one hour", req("10-25T02:30+02", "10-25T02:30+01"), fall, []],
    ["01:00–03:00 lasts 3 h", req("10-25T01:00+02", "10-25T03:00+01"), { ...fall, ...space({ maxDurationMinutes: 150 }) }, ["duration_too_long"]],
    ["second 02:30 back to the first", req("10-25T02:30+01", "10-25T02:30+02"), fall, ["end_before_start"]],
  ])("DST: %s → %j", (_label, request, overrides, expected) => {
    expect(codes(request, overrides)).toEqual(expected);
  });

  it("accepts instants as Date objects, and refuses an invalid one", () => {
    const ok = { start: at("2026-11-23T09:00:00Z"), end: at("2026-11-23T10:00:00Z"), attendees: 3 };
    expect(checkBookingRequest(ok, base).findings).toEqual([]);
    const bad = { ...ok, end: new Date(Number.NaN) };
    expect(checkBookingRequest(bad, base).findings).toEqual([{ code: "invalid_datetime", pointer: "/end" }]);
  });

  it("points at the field and gives the parameters", () => {
    expect(checkBookingRequest(req("03-29T02:30+01", "03-29T04:00+02"), { ...base, ...spring }).findings).toEqual([
      { code: "offset_mismatch", pointer: "/start", params: { given: "+01:00", expected: "+02:00", timeZone: "Europe/Oslo" } },
    ]);
    expect(checkBookingRequest(req("05-17T10:15+02", "05-17T11:00+02", 40), { ...base, ...may }).findings).toEqual([
      { code: "not_on_slot_step", pointer: "/start", params: { slotStepMinutes: 30 } },
      { code: "closed_holiday", pointer: "/start", params: { date: "2026-05-17" } },
      { code: "over_capacity", pointer: "/expectedAttendees", params: { capacity: 10 } },
    ]);
    expect(checkBookingRequest(req("11-25T09:00+01", "11-25T10:30+01"), base).findings).toEqual([
      { code: "closed", pointer: "/start", params: { from: "2026-11-25T09:00:00.000Z", to: "2026-11-25T11:00:00.000Z" } },
    ]);
  });
});
