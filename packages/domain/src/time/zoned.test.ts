import { isoWeekdayOf, localDateOf, OSLO, wallMinutesOf } from "./zoned";

describe("localDateOf / wallMinutesOf in Europe/Oslo", () => {
  it.each([
    // instant (UTC), Oslo date, Oslo minutes
    ["2026-11-27T23:30:00Z", { year: 2026, month: 11, day: 28 }, 30], // winter, UTC+1: already tomorrow
    ["2026-06-30T22:15:00Z", { year: 2026, month: 7, day: 1 }, 15], // summer, UTC+2
    ["2026-03-29T00:59:00Z", { year: 2026, month: 3, day: 29 }, 119], // 01:59, just before the spring gap
    ["2026-03-29T01:00:00Z", { year: 2026, month: 3, day: 29 }, 180], // clocks jump 02:00 → 03:00
    ["2026-10-25T00:30:00Z", { year: 2026, month: 10, day: 25 }, 150], // first 02:30 (summer time)
    ["2026-10-25T01:30:00Z", { year: 2026, month: 10, day: 25 }, 150], // second 02:30 (winter time)
  ])("%s", (iso, date, minutes) => {
    const instant = new Date(iso);
    expect(localDateOf(instant, OSLO)).toEqual(date);
    expect(wallMinutesOf(instant, OSLO)).toBe(minutes);
  });
});

describe("isoWeekdayOf", () => {
  it.each([
    [{ year: 2026, month: 11, day: 23 }, 1],
    [{ year: 2026, month: 11, day: 28 }, 6],
    [{ year: 2026, month: 11, day: 29 }, 7],
    [{ year: 2024, month: 2, day: 29 }, 4],
  ])("%j is weekday %i", (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });
});
