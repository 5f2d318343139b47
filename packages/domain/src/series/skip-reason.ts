// Why an occurrence of a series cannot be booked, in one word the preview shows beside the findings.
export type SkipReason = "closed" | "holiday" | "overlap" | "rule" | "priority";

export interface OccurrenceVerdict {
  /** The refusing findings of the rules for this occurrence (codes such as closed_holiday, quota_hours_exceeded). */
  refusing: readonly { code: string }[];
  /** Time-holding bookings (confirmed, checked in) in the way. */
  overlaps: number;
  /** Waiting requests for the same time by a higher priority tier (a smaller number) than the series'. */
  higherPriorityRequests: number;
}

/**
 * null when the occurrence can be booked. Otherwise the most telling reason: holiday (closed_holiday), closed
 * (closed, outside_opening_hours), overlap, priority, then rule (any other refusing finding).
 */
export function skipReasonOf(verdict: OccurrenceVerdict): SkipReason | null {
  void verdict;
  throw new Error("not implemented");
}
