import { checkOffset, formatOffset } from "./offset-check";
import { OSLO } from "./zoned";

describe("checkOffset against Europe/Oslo", () => {
  it.each([
    ["2026-11-23T10:00:00+01:00", "2026-11-23T09:00:00.000Z"], // winter
    ["2026-07-01T10:00+02:00", "2026-07-01T08:00:00.000Z"], // summer, seconds optional
    ["2026-03-29T01:59:00+01:00", "2026-03-29T00:59:00.000Z"], // just before the gap
    ["2026-03-29T03:00:00+02:00", "2026-03-29T01:00:00.000Z"], // just after it
    ["2026-10-25T02:30:00+02:00", "2026-10-25T00:30:00.000Z"], // first 02:30 (summer time)
    ["2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00.000Z"], // second 02:30 (winter time)
    ["2026-11-23T00:00:00+01:00", "2026-11-22T23:00:00.000Z"], // midnight
    ["2026-11-23T09:00:00.250Z", "2026-11-23T09:00:00.250Z"], // explicit UTC
    ["2026-11-23T10:00:00.123456789+01:00", "2026-11-23T09:00:00.123Z"],
  ])("accepts %s", (iso, instant) => {
    expect(checkOffset(iso, OSLO)).toEqual({ ok: true, instant: new Date(instant) });
  });

  it.each([
    ["2026-03-29T02:30:00+01:00", "+01:00", "+02:00"], // a wall time Oslo skipped, written in winter time
    ["2026-03-29T02:30:00+02:00", "+02:00", "+01:00"], // the same in summer time
    ["2026-07-01T10:00:00+01:00", "+01:00", "+02:00"], // winter offset in summer
    ["2026-11-23T10:00:00+02:00", "+02:00", "+01:00"], // summer offset in winter
    ["2026-11-23T09:00:00+00:00", "+00:00", "+01:00"], // a numeric offset must be Oslo's
    ["2026-10-25T03:30:00+02:00", "+02:00", "+01:00"], // 03:30 only happens once, in winter time
  ])("refuses %s (given %s, Oslo has %s)", (iso, given, expected) => {
    expect(checkOffset(iso)).toEqual({
      ok: false,
      finding: { code: "offset_mismatch", params: { given, expected, timeZone: OSLO } },
    });
  });

  it.each([
    ["2026-03-29T02:30:00", "offset_missing"],
    ["2026-02-30T10:00:00+01:00", "invalid_datetime"],
    ["2026-11-23T24:00:00+01:00", "invalid_datetime"],
    ["2026-11-23T10:60:00+01:00", "invalid_datetime"],
    ["2026-11-23T10:00:00+25:00", "invalid_datetime"],
    ["2026-11-23 10:00:00+01:00", "invalid_datetime"],
    ["tomorrow", "invalid_datetime"],
    ["", "invalid_datetime"],
  ])("refuses %j with %s", (iso, code) => {
    expect(checkOffset(iso)).toEqual({ ok: false, finding: { code } });
  });
});

describe("formatOffset", () => {
  it.each([
    [3_600_000, "+01:00"],
    [-9_000_000, "-02:30"],
    [0, "+00:00"],
  ])("%i ms → %s", (ms, text) => {
    expect(formatOffset(ms)).toBe(text);
  });
});
