// What may happen to a booking in each status.
import type { BookingStatus } from "./booking";

const FINAL: readonly BookingStatus[] = ["cancelled", "rejected", "released", "bumped"];

/** Requested, confirmed and checked-in bookings can still be moved or edited; the final statuses cannot. */
export function isEditable(status: BookingStatus): boolean {
  return !FINAL.includes(status);
}

export type Cancellation = "cancel" | "already_cancelled" | "not_allowed";

/** Cancelling is allowed while the booking is live, a no-op when it is cancelled, refused otherwise. */
export function cancellationOf(status: BookingStatus): Cancellation {
  if (status === "cancelled") return "already_cancelled";
  return isEditable(status) ? "cancel" : "not_allowed";
}

/**
 * The status after a move or an edit that needs approval again: a confirmed booking goes back to the front desk
 * (status "requested"); a requested one stays requested; a checked-in one is in use and stays checked in.
 */
export function statusAfterChange(status: BookingStatus, approvalNeeded: boolean): BookingStatus {
  return status === "confirmed" && approvalNeeded ? "requested" : status;
}
