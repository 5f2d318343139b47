import { durationMs, type Interval } from "./interval";
import { instantAt, resolveWallClock, slotStartsOnDate, wallDayIntervals } from "./wall-clock-instant";
import { OSLO, type LocalDate } from "./zoned";

const SPRING: LocalDate = { year: 2026, month: 3, day: 29 };
const FALL: LocalDate = { year: 2026, month: 10, day: 25 };
const WINTER: LocalDate = { year: 2026, month: 11, day: 23 };
const iso = (d: Date) => d.toISOString();
const plain = (list: Interval[]) => list.map((i) => [iso(i.start), iso(i.end)]);
const HOUR = 3_600_000;

describe("instantAt in Europe/Oslo", () => {
  it.each([
    [WINTER, 0, "2026-11-22T23:00:00.000Z"], // local midnight is the previous day in UTC
    [WINTER, 1440, "2026-11-23T23:00:00.000Z"], // 24:00 is the next midnight
    [{ year: 2026, month: 7, day: 1 }, 8 * 60, "2026-07-01T06:00:00.000Z"],
    [SPRING, 119, "2026-03-29T00:59:00.000Z"], // 01:59, last minute before the gap
    [SPRING, 180, "2026-03-29T01:00:00.000Z"], // 03:00, first minute after it
  ])("%j %i → exact %s", (date, minute, expected) => {
    expect(instantAt(date, minute, OSLO)).toEqual({ kind: "exact", instant: new Date(expected) });
  });

  it.each([120, 150, 179])("minute %i on the spring-forward day does not exist", (minute) => {
    expect(instantAt(SPRING, minute, OSLO)).toEqual({ kind: "nonexistent", transition: new Date("2026-03-29T01:00:00Z") });
  });

  it.each([
    [120, "2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"],
    [150, "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
    [179, "2026-10-25T00:59:00.000Z", "2026-10-25T01:59:00.000Z"],
  ])("minute %i on the fall-back day happens twice: summer time first", (minute, earlier, later) => {
    expect(instantAt(FALL, minute, OSLO)).toEqual({ kind: "ambiguous", earlier: new Date(earlier), later: new Date(later) });
  });

  it.each([
    [FALL, 119, "exact"],
    [FALL, 180, "exact"],
  ])("around the repeated hour: %j %i is %s", (date, minute, kind) => {
    expect(instantAt(date, minute, OSLO).kind).toBe(kind);
  });

  it.each([-1, 1441, 2.5])("refuses minute %d", (minute) => {
    expect(() => instantAt(WINTER, minute, OSLO)).toThrow(RangeError);
  });

  it("works in other zones (São Paulo had no DST in 2026)", () => {
    expect(instantAt(WINTER, 0, "America/Sao_Paulo")).toEqual({ kind: "exact", instant: new Date("2026-11-23T03:00:00Z") });
  });

  it("refuses an unknown zone", () => {
    expect(() => instantAt(WINTER, 0, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("resolveWallClock", () => {
  const gap = instantAt(SPRING, 150, OSLO);
  const twice = instantAt(FALL, 150, OSLO);
  it.each([
    [gap, { ambiguous: "earlier", nonexistent: "reject" }, null],
    [gap, { ambiguous: "earlier", nonexistent: "transition" }, "2026-03-29T01:00:00.000Z"],
    [twice, { ambiguous: "earlier", nonexistent: "reject" }, "2026-10-25T00:30:00.000Z"],
    [twice, { ambiguous: "later", nonexistent: "reject" }, "2026-10-25T01:30:00.000Z"],
    [twice, { ambiguous: "reject", nonexistent: "reject" }, null],
  ] as const)("%j with %j → %s", (result, policy, expected) => {
    const resolved = resolveWallClock(result, policy);
    expect(resolved ? iso(resolved) : null).toBe(expected);
  });
});

describe("wallDayIntervals", () => {
  it.each([
    ["an ordinary day", WINTER, 0, 1440, 24],
    ["the spring-forward day", SPRING, 0, 1440, 23],
    ["the fall-back day", FALL, 0, 1440, 25],
    ["01:00–04:00 across the gap", SPRING, 60, 240, 2],
    ["01:00–04:00 across the repeated hour", FALL, 60, 240, 4],
    ["an empty range", WINTER, 600, 600, 0],
  ])("%s lasts %#", (_label, date, from, to, hours) => {
    expect(wallDayIntervals(date, from, to, OSLO).reduce((sum, i) => sum + durationMs(i), 0)).toBe(hours * HOUR);
  });

  it.each([
    [{ year: 2026, month: 10, day: 4 }, 23.5], // Lord Howe Island springs forward by 30 minutes
    [{ year: 2026, month: 4, day: 5 }, 24.5],
  ])("follows half-hour changes too: %j lasts %d h on Lord Howe", (date, hours) => {
    const day = wallDayIntervals(date, 0, 1440, "Australia/Lord_Howe");
    expect(day.reduce((sum, i) => sum + durationMs(i), 0)).toBe(hours * HOUR);
  });

  it("runs from midnight to midnight on the spring-forward day", () => {
    expect(plain(wallDayIntervals(SPRING, 0, 1440, OSLO))).toEqual([["2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]]);
  });

  it("an opening that starts in the gap starts when the clocks jump", () => {
    expect(plain(wallDayIntervals(SPRING, 150, 600, OSLO))).toEqual([["2026-03-29T01:00:00.000Z", "2026-03-29T08:00:00.000Z"]]);
  });

  it("a range inside the repeated hour happens twice", () => {
    expect(plain(wallDayIntervals(FALL, 135, 165, OSLO))).toEqual([
      ["2026-10-25T00:15:00.000Z", "2026-10-25T00:45:00.000Z"],
      ["2026-10-25T01:15:00.000Z", "2026-10-25T01:45:00.000Z"],
    ]);
  });
});

describe("slotStartsOnDate", () => {
  it.each([
    [WINTER, 60, 24],
    [SPRING, 60, 23], // 02:00 does not exist
    [FALL, 60, 25], // 02:00 happens twice
    [FALL, 30, 50],
    [WINTER, 0, 0],
  ])("%j every %i min has %i slots", (date, step, count) => {
    expect(slotStartsOnDate(date, step, OSLO)).toHaveLength(count);
  });

  it("lists both 02:00s on the fall-back day, in order", () => {
    const starts = slotStartsOnDate(FALL, 60, OSLO).map(iso);
    expect(starts.slice(1, 5)).toEqual([
      "2026-10-24T23:00:00.000Z",
      "2026-10-25T00:00:00.000Z",
      "2026-10-25T01:00:00.000Z",
      "2026-10-25T02:00:00.000Z",
    ]);
  });
});
