import { booking, context, params, request, roomB, serviceUnit } from "./policy-fixtures";
import type { PolicyBooking } from "./request";
import { quotaFindings } from "./quotas";

const limits = { organisation: { hoursPerWeek: 4, activeBookings: 3 }, resident: { hoursPerWeek: 2, activeBookings: 1 } };
const mine = (start: string, end: string, extra: Partial<PolicyBooking> = {}) => booking(roomB, start, end, { ownerId: "org-nav", ...extra });
const twoHours = mine("2026-03-10T10:00:00+01:00", "2026-03-10T12:00:00+01:00");
const ctx = (bookings: PolicyBooking[], extra = {}) => context({ bookings, parameters: params({ quotas: limits }), ...extra });
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("quotaFindings: hours per ISO week (limit 4 h)", () => {
  it.each<[string, PolicyBooking[], string, string, string[]]>([
    ["2 h + 2 h, exactly at the limit", [twoHours], "10:00", "12:00", []],
    ["2 h + 2 h 1 min, one minute over", [twoHours], "10:00", "12:01", ["quota_hours_exceeded"]],
    ["4 h alone", [], "08:00", "12:00", []],
    ["another owner's hours do not count", [{ ...twoHours, ownerId: "other" }, mine("2026-03-09T08:00:00+01:00", "2026-03-09T10:00:00+01:00", { ownerId: "other" })], "08:00", "12:00", []],
    ["cancelled hours do not count", [{ ...twoHours, status: "cancelled" }], "08:00", "12:00", []],
    ["requested hours count", [{ ...twoHours, status: "requested" }], "08:00", "12:00", ["quota_hours_exceeded"]],
    ["last week's hours do not count", [mine("2026-03-08T10:00:00+01:00", "2026-03-08T14:00:00+01:00")], "08:00", "12:00", []],
  ])("%s", (_label, bookings, from, to, expected) => {
    const req = request({ start: `2026-03-11T${from}:00+01:00`, end: `2026-03-11T${to}:00+01:00` });
    expect(codes(quotaFindings(req, ctx(bookings)))).toEqual(expected);
  });

  it("reports the limit and the would-be hours", () => {
    const req = request({ start: "2026-03-11T10:00:00+01:00", end: "2026-03-11T12:30:00+01:00" });
    expect(quotaFindings(req, ctx([twoHours]))[0]?.params).toEqual({ week: "2026-W11", limitHours: 4, wouldBeHours: 4.5 });
  });

  it("splits a request over midnight between Sunday and Monday into its two weeks", () => {
    const sunday = mine("2026-03-08T08:00:00+01:00", "2026-03-08T11:00:00+01:00");
    const req = request({ start: "2026-03-08T22:00:00+01:00", end: "2026-03-09T01:00:00+01:00" });
    const findings = quotaFindings(req, ctx([sunday]));
    expect(findings.map((f) => f.params?.["week"])).toEqual(["2026-W10"]);
    expect(findings[0]?.params?.["wouldBeHours"]).toBe(5);
  });

  it("does not count the booking being edited", () => {
    const req = request({ start: "2026-03-11T08:00:00+01:00", end: "2026-03-11T12:00:00+01:00" });
    expect(quotaFindings(req, ctx([twoHours], { ignoreBookingId: twoHours.id }))).toEqual([]);
  });

  it("gives residents the resident quota", () => {
    const resident = { ...serviceUnit, kind: "resident" as const, organisationKind: null, ownerId: "user-1" };
    const at = (end: string) => request({ booker: resident, start: "2026-03-11T10:00:00+01:00", end });
    expect(codes(quotaFindings(at("2026-03-11T12:00:00+01:00"), ctx([])))).toEqual([]);
    expect(codes(quotaFindings(at("2026-03-11T12:01:00+01:00"), ctx([])))).toEqual(["quota_hours_exceeded"]);
  });
});

describe("quotaFindings: active bookings (limit 3)", () => {
  const future = (day: number) => mine(`2026-04-${day}T10:00:00+02:00`, `2026-04-${day}T11:00:00+02:00`);
  it.each<[string, PolicyBooking[], string[]]>([
    ["two active + this one, exactly at the limit", [future(10), future(11)], []],
    ["three active + this one", [future(10), future(11), future(12)], ["quota_active_exceeded"]],
    ["a booking that ended does not count", [future(10), future(11), mine("2026-03-01T10:00:00+01:00", "2026-03-01T11:00:00+01:00")], []],
    ["a booking ending exactly now does not count", [future(10), future(11), mine("2026-03-02T08:00:00+01:00", "2026-03-02T09:00:00+01:00")], []],
    ["a booking ending one minute after now counts", [future(10), future(11), mine("2026-03-02T08:00:00+01:00", "2026-03-02T09:01:00+01:00")], ["quota_active_exceeded"]],
  ])("%s", (_label, bookings, expected) => {
    expect(codes(quotaFindings(request({ start: "2026-03-11T10:00:00+01:00", end: "2026-03-11T11:00:00+01:00" }), ctx(bookings)))).toEqual(expected);
  });

  it("reports the limit and the would-be count", () => {
    const findings = quotaFindings(request(), ctx([future(10), future(11), future(12)]));
    expect(findings.find((f) => f.code === "quota_active_exceeded")?.params).toEqual({ limit: 3, wouldBe: 4 });
  });
});

describe("quotaFindings: a series counts as one active booking (limit 3)", () => {
  const at = (day: number, extra: Partial<PolicyBooking> = {}) => mine(`2026-04-${day}T10:00:00+02:00`, `2026-04-${day}T11:00:00+02:00`, extra);
  const inSeries = (day: number, seriesId: string, extra: Partial<PolicyBooking> = {}) => at(day, { seriesId, ...extra });
  const occurrence = (seriesId?: string) =>
    request({ start: "2026-04-20T10:00:00+02:00", end: "2026-04-20T11:00:00+02:00", ...(seriesId ? { seriesId } : {}) });

  it.each<[string, PolicyBooking[], string | undefined, string[]]>([
    ["one booking + a series of three + a single request: 3", [at(10), inSeries(13, "s1"), inSeries(14, "s1"), inSeries(15, "s1")], undefined, []],
    ["two bookings + a series, and the request is that series' next occurrence: 3", [at(10), at(11), inSeries(13, "s1"), inSeries(14, "s1")], "s1", []],
    ["two bookings + a series, and the request starts another series: 4", [at(10), at(11), inSeries(13, "s1"), inSeries(14, "s1")], "s2", ["quota_active_exceeded"]],
    ["bookings without a series each count", [at(10), at(11), at(12)], undefined, ["quota_active_exceeded"]],
    ["two series + a single request: 3", [inSeries(10, "s1"), inSeries(11, "s1"), inSeries(12, "s2"), inSeries(13, "s2")], undefined, []],
    ["a null seriesId is no series", [at(10, { seriesId: null }), at(11, { seriesId: null }), at(12, { seriesId: null })], undefined, ["quota_active_exceeded"]],
    ["a cancelled occurrence does not carry the series", [at(10), at(11), at(12), inSeries(13, "s1", { status: "cancelled" })], "s1", ["quota_active_exceeded"]],
    ["another owner's occurrence does not carry the series", [at(10), at(11), at(12), inSeries(13, "s1", { ownerId: "other" })], "s1", ["quota_active_exceeded"]],
    ["a series whose other occurrences have ended still counts once, with the request", [at(10), at(11), at(12), mine("2026-03-01T10:00:00+01:00", "2026-03-01T11:00:00+01:00", { seriesId: "s1" })], "s1", ["quota_active_exceeded"]],
  ])("%s", (_label, bookings, seriesId, expected) => {
    expect(codes(quotaFindings(occurrence(seriesId), ctx(bookings)))).toEqual(expected);
  });

  it("reports the would-be count with the series counted once", () => {
    const findings = quotaFindings(occurrence("s2"), ctx([at(10), at(11), inSeries(13, "s1"), inSeries(14, "s1"), inSeries(15, "s1")]));
    expect(findings.find((f) => f.code === "quota_active_exceeded")?.params).toEqual({ limit: 3, wouldBe: 4 });
  });

  it("still counts the hours of every occurrence of a series (limit 4 h a week)", () => {
    const twoHoursOn = (day: number) => mine(`2026-04-${day}T10:00:00+02:00`, `2026-04-${day}T12:00:00+02:00`, { seriesId: "s1" });
    const req = request({ start: "2026-04-16T10:00:00+02:00", end: "2026-04-16T11:00:00+02:00", seriesId: "s1" });
    const findings = quotaFindings(req, ctx([twoHoursOn(13), twoHoursOn(14)]));
    expect(codes(findings)).toEqual(["quota_hours_exceeded"]);
    expect(findings[0]?.params).toEqual({ week: "2026-W16", limitHours: 4, wouldBeHours: 5 });
  });
});
