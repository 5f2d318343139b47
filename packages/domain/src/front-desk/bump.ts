// Whether a higher tier may bump a booking now: the tier and notice rule (mayBump), and the admin's override.
import { daysBefore } from "../policy/calendar";
import { mayBump, type PriorityTier } from "../policy/priority";
import type { FrontDeskRefusal } from "./codes";

/** The shortest justification an override is accepted with, counted after trimming. */
export const OVERRIDE_JUSTIFICATION_MIN_LENGTH = 10;

export interface BumpOverride {
  byAdmin: boolean;
  /** Why the notice rule is set aside; kept in the audit log. */
  justification: string;
}

export interface BumpInput {
  bumper: { tier: PriorityTier };
  bumped: { tier: PriorityTier; start: Date };
  now: Date;
  /** PolicyParameters.bump.noticeDays. */
  noticeDays: number;
  timeZone: string;
  override?: BumpOverride;
}

export type BumpDecision =
  | { allowed: true; overridden: boolean }
  | FrontDeskRefusal<"bump_lower_tier_only" | "bump_notice_too_short" | "override_needs_justification">;

/**
 * A strictly higher tier (a smaller number) may bump a lower one at or before the notice point: `noticeDays`
 * calendar days before the bumped start, same wall-clock time in `timeZone` (so a DST change does not shift it).
 * After that point only an admin may override, with a justification of at least 10 characters; `overridden`
 * then tells the caller to audit it. No override lets an equal or lower tier bump.
 */
export function bumpDecision(input: BumpInput): BumpDecision {
  const { bumper, bumped, now, noticeDays, timeZone, override } = input;
  if (bumper.tier >= bumped.tier) {
    return { allowed: false, code: "bump_lower_tier_only", params: { bumperTier: bumper.tier, bumpedTier: bumped.tier } };
  }
  if (mayBump(bumper, bumped, now, noticeDays, timeZone)) return { allowed: true, overridden: false };
  if (override?.byAdmin) {
    if (override.justification.trim().length >= OVERRIDE_JUSTIFICATION_MIN_LENGTH) return { allowed: true, overridden: true };
    return { allowed: false, code: "override_needs_justification", params: { minLength: OVERRIDE_JUSTIFICATION_MIN_LENGTH } };
  }
  const noticePoint = daysBefore(bumped.start, noticeDays, timeZone).toISOString();
  return { allowed: false, code: "bump_notice_too_short", params: { noticeDays, noticePoint } };
}
