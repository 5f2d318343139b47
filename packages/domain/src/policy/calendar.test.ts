import { daysBefore, isoWeekOf, isoWeeksOf, overlapMs } from "./calendar";
import { OSLO } from "../time/zoned";
import { intervalBetween } from "../time/interval";

const HOUR_MS = 3_600_000;

describe("isoWeekOf (Europe/Oslo)", () => {
  it.each<[string, string, string, number]>([
    ["a Wednesday", "2026-03-11T12:00:00Z", "2026-W11", 168],
    ["Monday 00:00 in Oslo (Sunday 23:00 UTC)", "2026-03-08T23:00:00Z", "2026-W11", 168],
    ["one minute earlier, Sunday 23:59 in Oslo", "2026-03-08T22:59:00Z", "2026-W10", 168],
    ["the spring-forward week", "2026-03-29T12:00:00Z", "2026-W13", 167],
    ["the fall-back week", "2026-10-25T12:00:00Z", "2026-W43", 169],
    ["1 January 2027, in the last week of 2026", "2027-01-01T12:00:00Z", "2026-W53", 168],
    ["29 December 2025, in week 1 of 2026", "2025-12-29T12:00:00Z", "2026-W01", 168],
  ])("%s", (_label, iso, label, hours) => {
    const week = isoWeekOf(new Date(iso), OSLO);
    expect(week.label).toBe(label);
    expect((week.interval.end.getTime() - week.interval.start.getTime()) / HOUR_MS).toBe(hours);
  });

  it("lists the weeks an interval touches", () => {
    const interval = intervalBetween(new Date("2026-03-08T20:00:00Z"), new Date("2026-03-09T01:00:00Z"));
    expect(isoWeeksOf(interval, OSLO).map((w) => w.label)).toEqual(["2026-W10", "2026-W11"]);
    const [first, second] = isoWeeksOf(interval, OSLO);
    expect(first && overlapMs(interval, first.interval) / HOUR_MS).toBe(3);
    expect(second && overlapMs(interval, second.interval) / HOUR_MS).toBe(2);
  });
});

describe("daysBefore", () => {
  it.each<[string, string, number, string]>([
    ["across spring forward: same wall time", "2026-04-02T18:00:00+02:00", 7, "2026-03-26T18:00:00+01:00"],
    ["across fall back: same wall time", "2026-10-29T18:00:00+01:00", 7, "2026-10-22T18:00:00+02:00"],
    ["zero days", "2026-03-11T10:00:00+01:00", 0, "2026-03-11T10:00:00+01:00"],
  ])("%s", (_label, iso, days, expected) => {
    expect(daysBefore(new Date(iso), days, OSLO).getTime()).toBe(new Date(expected).getTime());
  });
});

describe("daysBefore on nonsense", () => {
  const instant = new Date("2026-03-11T10:00:00+01:00");
  it.each<[number, string]>([
    [Number.NaN, "2026-03-11T10:00:00+01:00"],
    [Infinity, "2026-03-11T10:00:00+01:00"],
    [1.9, "2026-03-10T10:00:00+01:00"],
  ])("%s days", (days, expected) => {
    expect(daysBefore(instant, days, OSLO).getTime()).toBe(new Date(expected).getTime());
  });

  it("clamps huge counts to a century", () => {
    expect(daysBefore(instant, 1e12, OSLO).getUTCFullYear()).toBe(1926);
  });
});
