import type { BookerKind } from "../spaces/space";
import { OSLO } from "../time/zoned";
import { mayBump, priorityTier, type PriorityTier } from "./priority";

describe("priorityTier", () => {
  it.each<[BookerKind, boolean | undefined, PriorityTier]>([
    ["service_unit", true, 1],
    ["front_desk", undefined, 1],
    ["service_unit", false, 2],
    ["service_unit", undefined, 2],
    ["volunteer_group", undefined, 3],
    ["resident", undefined, 4],
  ])("%s (house service: %s) → %s", (kind, houseService, tier) => {
    expect(priorityTier(houseService === undefined ? { kind } : { kind, houseService })).toBe(tier);
  });
});

describe("mayBump (14 days' notice)", () => {
  const start = new Date("2026-04-15T18:00:00+02:00");
  it.each<[string, PriorityTier, PriorityTier, string, boolean]>([
    ["exactly at the notice point (across spring forward)", 1, 3, "2026-04-01T18:00:00+02:00", true],
    ["one minute after it", 1, 3, "2026-04-01T18:01:00+02:00", false],
    ["well ahead", 2, 4, "2026-03-01T12:00:00+01:00", true],
    ["the same tier", 3, 3, "2026-03-01T12:00:00+01:00", false],
    ["a lower tier", 4, 3, "2026-03-01T12:00:00+01:00", false],
  ])("%s", (_label, higher, lower, now, expected) => {
    expect(mayBump({ tier: higher }, { tier: lower, start }, new Date(now), 14, OSLO)).toBe(expected);
  });
});
