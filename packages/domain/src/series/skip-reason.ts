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

const HOLIDAY_CODES: readonly string[] = ["closed_holiday"];
const CLOSED_CODES: readonly string[] = ["closed", "outside_opening_hours"];

/**
 * null when the occurrence can be booked. Otherwise the most telling reason: holiday (closed_holiday), closed
 * (closed, outside_opening_hours), overlap, priority, then rule (any other refusing finding).
 */
export function skipReasonOf(verdict: OccurrenceVerdict): SkipReason | null {
  const codes = verdict.refusing.map((finding) => finding.code);
  if (codes.some((code) => HOLIDAY_CODES.includes(code))) return "holiday";
  if (codes.some((code) => CLOSED_CODES.includes(code))) return "closed";
  if (verdict.overlaps > 0) return "overlap";
  if (verdict.higherPriorityRequests > 0) return "priority";
  if (codes.length > 0) return "rule";
  return null;
}
