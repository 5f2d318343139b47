// Rule 9: priority tiers for competing requests and bumps. Evaluated here; the front desk acts on them.
import type { Booker } from "./request";
import { daysBefore } from "./calendar";

/** 1 the house's own citizen-facing activities, 2 other municipal services, 3 volunteer groups, 4 residents. */
export type PriorityTier = 1 | 2 | 3 | 4;

/** Stable keys of the tiers, for clients to translate. */
export const PRIORITY_LABELS = { 1: "house", 2: "municipal_service", 3: "volunteer_group", 4: "resident" } as const;
export type PriorityLabel = (typeof PRIORITY_LABELS)[PriorityTier];

/** A request's priority tier as a decision carries it, for the front desk to act on. */
export interface RequestPriority {
  tier: PriorityTier;
  label: PriorityLabel;
}

export function requestPriority(booker: Pick<Booker, "kind" | "houseService">): RequestPriority {
  const tier = priorityTier(booker);
  return { tier, label: PRIORITY_LABELS[tier] };
}

export function priorityTier(booker: Pick<Booker, "kind" | "houseService">): PriorityTier {
  if (booker.houseService === true || booker.kind === "front_desk") return 1;
  switch (booker.kind) {
    case "service_unit":
      return 2;
    case "volunteer_group":
      return 3;
    case "resident":
      return 4;
  }
}

export interface BumpParty {
  tier: PriorityTier;
}

/**
 * True when `higher` may bump `lower`: its tier is strictly higher (a smaller number) and `now` is at or before
 * the notice point, `noticeDays` calendar days before the lower booking's start (same wall-clock time).
 */
export function mayBump(
  higher: BumpParty,
  lower: BumpParty & { start: Date },
  now: Date,
  noticeDays: number,
  timeZone: string,
): boolean {
  if (higher.tier >= lower.tier) return false;
  return now.getTime() <= daysBefore(lower.start, noticeDays, timeZone).getTime();
}
