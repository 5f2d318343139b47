import { firstSlot, isSelectable, type BookingRules, type StateSegment } from "./slots";

const OSLO = "Europe/Oslo";
const rules: BookingRules = { minDurationMinutes: 30, maxDurationMinutes: 240, slotStepMinutes: 15 };
const slot = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const iso = (value: { start: Date; end: Date } | null) => value && [value.start.toISOString(), value.end.toISOString()];
const EARLY = new Date("2026-01-01T00:00:00Z");

describe("firstSlot: what a list button offers", () => {
  it.each<[string, [string, string], number, BookingRules, Date, [string, string] | null]>([
    ["the filter's duration from the start", ["2026-12-01T17:00:00Z", "2026-12-01T21:00:00Z"], 120, rules, EARLY, ["2026-12-01T17:00:00.000Z", "2026-12-01T19:00:00.000Z"]],
    ["clipped to the free interval", ["2026-12-01T17:00:00Z", "2026-12-01T18:00:00Z"], 120, rules, EARLY, ["2026-12-01T17:00:00.000Z", "2026-12-01T18:00:00.000Z"]],
    ["too short for the space's minimum", ["2026-12-01T17:00:00Z", "2026-12-01T17:20:00Z"], 60, rules, EARLY, null],
    ["starts on the next slot step", ["2026-12-01T17:05:00Z", "2026-12-01T19:00:00Z"], 60, rules, EARLY, ["2026-12-01T17:15:00.000Z", "2026-12-01T18:15:00.000Z"]],
    ["raised to the space's minimum", ["2026-12-01T17:00:00Z", "2026-12-01T21:00:00Z"], 30, { ...rules, minDurationMinutes: 60 }, EARLY, ["2026-12-01T17:00:00.000Z", "2026-12-01T18:00:00.000Z"]],
    ["cut to the space's maximum", ["2026-12-01T08:00:00Z", "2026-12-01T21:00:00Z"], 240, { ...rules, maxDurationMinutes: 120 }, EARLY, ["2026-12-01T08:00:00.000Z", "2026-12-01T10:00:00.000Z"]],
    ["not before now", ["2026-12-01T17:00:00Z", "2026-12-01T21:00:00Z"], 60, rules, new Date("2026-12-01T17:40:00Z"), ["2026-12-01T17:45:00.000Z", "2026-12-01T18:45:00.000Z"]],
    ["nothing when it is all past", ["2026-12-01T17:00:00Z", "2026-12-01T18:00:00Z"], 60, rules, new Date("2026-12-01T19:00:00Z"), null],
    // Sunday 28 March 2027, 01:00–05:00 Oslo: a 2-hour slot from 01:00 ends at 04:00 on the wall clock.
    ["two real hours across the spring-forward gap", ["2027-03-28T00:00:00Z", "2027-03-28T03:00:00Z"], 120, rules, EARLY, ["2027-03-28T00:00:00.000Z", "2027-03-28T02:00:00.000Z"]],
  ])("%s", (_, [start, end], duration, bookingRules, now, expected) => {
    expect(iso(firstSlot(slot(start, end), duration, bookingRules, now, OSLO))).toEqual(expected);
  });
});

describe("isSelectable: what the calendar lets through", () => {
  const segments: StateSegment[] = [
    { start: "2026-12-01T07:00:00Z", end: "2026-12-01T16:00:00Z", state: "free" },
    { start: "2026-12-01T16:00:00Z", end: "2026-12-01T17:00:00Z", state: "busy" },
    { start: "2026-12-01T17:00:00Z", end: "2026-12-01T19:00:00Z", state: "free" },
  ];
  it.each([
    ["inside free time", "2026-12-01T17:00:00Z", "2026-12-01T19:00:00Z", true],
    ["over busy time", "2026-12-01T15:00:00Z", "2026-12-01T18:00:00Z", false],
    ["shorter than the minimum", "2026-12-01T17:00:00Z", "2026-12-01T17:15:00Z", false],
    ["longer than the maximum", "2026-12-01T07:00:00Z", "2026-12-01T11:15:00Z", false],
    ["off the slot step", "2026-12-01T17:05:00Z", "2026-12-01T18:05:00Z", false],
    ["in the past", "2026-11-30T17:00:00Z", "2026-11-30T18:00:00Z", false],
    ["outside every segment", "2026-12-01T20:00:00Z", "2026-12-01T21:00:00Z", false],
  ])("%s: %s–%s → %s", (_, start, end, expected) => {
    expect(isSelectable(slot(start, end), segments, rules, new Date("2026-12-01T06:00:00Z"), OSLO)).toBe(expected);
  });
});
