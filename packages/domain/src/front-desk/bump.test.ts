import { OSLO } from "../time/zoned";
import { bumpDecision, type BumpInput } from "./bump";

// The hall at Tofte, Tuesday 2026-11-24 18:00 in Oslo (17:00 UTC): a language café (tier 3) holds it.
const cafe = { tier: 3 as const, start: new Date("2026-11-24T17:00:00Z") };
const library = { tier: 1 as const };
const input = (now: string, override?: BumpInput["override"]): BumpInput => ({
  bumper: library,
  bumped: cafe,
  now: new Date(now),
  noticeDays: 14,
  timeZone: OSLO,
  ...(override ? { override } : {}),
});
const tooShort = { allowed: false, code: "bump_notice_too_short", params: { noticeDays: 14, noticePoint: "2026-11-10T17:00:00.000Z" } };

describe("bumpDecision", () => {
  it("lets the library bump the language café 20 days ahead", () => {
    expect(bumpDecision(input("2026-11-04T17:00:00Z"))).toEqual({ allowed: true, overridden: false });
  });

  it("refuses with 10 days' notice when 14 are needed", () => {
    expect(bumpDecision(input("2026-11-14T17:00:00Z"))).toEqual(tooShort);
  });

  it("lets an admin override short notice with a justification, and says it was overridden", () => {
    const override = { byAdmin: true, justification: "  Statsbesøk i biblioteket, avtalt med rådmannen.  " };
    expect(bumpDecision(input("2026-11-14T17:00:00Z", override))).toEqual({ allowed: true, overridden: true });
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["blank", "            "],
    ["nine characters after trimming", "   necessary   "],
  ])("asks an admin for a justification when it is %s", (_label, justification) => {
    expect(bumpDecision(input("2026-11-14T17:00:00Z", { byAdmin: true, justification }))).toEqual({
      allowed: false,
      code: "override_needs_justification",
      params: { minLength: 10 },
    });
  });

  it("accepts exactly ten characters after trimming", () => {
    const override = { byAdmin: true, justification: " 0123456789 " };
    expect(bumpDecision(input("2026-11-14T17:00:00Z", override))).toEqual({ allowed: true, overridden: true });
  });

  it("ignores an override by someone who is not an admin", () => {
    const override = { byAdmin: false, justification: "The mayor is coming to the library." };
    expect(bumpDecision(input("2026-11-14T17:00:00Z", override))).toEqual(tooShort);
  });

  it("does not mark an override as used when the notice was enough", () => {
    const override = { byAdmin: true, justification: "Just to be sure it goes through." };
    expect(bumpDecision(input("2026-11-04T17:00:00Z", override))).toEqual({ allowed: true, overridden: false });
  });

  it.each<[string, 1 | 2 | 3 | 4, 1 | 2 | 3 | 4]>([
    ["equal tiers", 3, 3],
    ["a lower tier", 4, 3],
  ])("never lets %s bump, not even an admin with a reason", (_label, bumperTier, bumpedTier) => {
    const override = { byAdmin: true, justification: "A very good reason indeed." };
    const decision = bumpDecision({ ...input("2026-10-01T12:00:00Z", override), bumper: { tier: bumperTier }, bumped: { ...cafe, tier: bumpedTier } });
    expect(decision).toEqual({ allowed: false, code: "bump_lower_tier_only", params: { bumperTier, bumpedTier } });
  });

  describe("counts notice in calendar days in Oslo, across the change to summer time (2026-03-29)", () => {
    // 18:00 on Friday 2026-04-10 (CEST, 16:00 UTC); 14 calendar days before is 18:00 on 2026-03-27 (CET, 17:00 UTC).
    // Fourteen 24-hour days would put the point an hour earlier, at 16:00 UTC.
    const across = (now: string) =>
      bumpDecision({ ...input(now), bumped: { tier: 3, start: new Date("2026-04-10T16:00:00Z") } });
    it.each<[string, string, boolean]>([
      ["at 18:00 on the wall clock fourteen days before", "2026-03-27T17:00:00Z", true],
      ["half an hour after 24-hour counting would have closed it", "2026-03-27T16:30:00Z", true],
      ["one minute after the wall-clock notice point", "2026-03-27T17:01:00Z", false],
    ])("%s", (_label, now, allowed) => {
      expect(across(now).allowed).toBe(allowed);
    });
  });
});
