// Approving one request of a conflict set: which of the others lose the time and which keep waiting.
import type { FrontDeskRefusal } from "./codes";
import type { ConflictSet, DeskBooking } from "./conflict-sets";

export interface ApprovalPlanned {
  allowed: true;
  /** The chosen request, to confirm. */
  approve: string;
  /** Requests that collide with the chosen one: to reject (they may be offered alternatives or the waitlist). */
  reject: string[];
  /** Requests in the set only through others: they stay requested, for the front desk to decide next. */
  keep: string[];
}

export type ApprovalRefused =
  | (FrontDeskRefusal<"approval_blocked_by_holder"> & { holderIds: string[] })
  | FrontDeskRefusal<"request_not_pending">;

export type ApprovalPlan = ApprovalPlanned | ApprovalRefused;

/**
 * The plan for approving `chosenId` in `set` (from `conflictSets`). Refused with `approval_blocked_by_holder` when
 * the chosen request collides with a confirmed or checked-in booking (move or bump that first), and with
 * `request_not_pending` when the id is not one of the set's requests (e.g. another host decided meanwhile).
 * `reject` and `keep` follow the set's order (tier, then request time). The kept requests may still collide with
 * each other: compute the sets again after the approval.
 */
export function approvalPlan<B extends DeskBooking>(set: ConflictSet<B>, chosenId: string): ApprovalPlan {
  if (!set.requests.some((r) => r.id === chosenId)) {
    return { allowed: false, code: "request_not_pending", params: {} };
  }
  const collides = new Set(set.collisions[chosenId] ?? []);
  const holderIds = set.holders.filter((h) => collides.has(h.id)).map((h) => h.id);
  if (holderIds.length > 0) {
    return { allowed: false, code: "approval_blocked_by_holder", params: { holders: holderIds.length }, holderIds };
  }
  const others = set.requests.filter((r) => r.id !== chosenId);
  return {
    allowed: true,
    approve: chosenId,
    reject: others.filter((r) => collides.has(r.id)).map((r) => r.id),
    keep: others.filter((r) => !collides.has(r.id)).map((r) => r.id),
  };
}
