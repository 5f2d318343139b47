// Idempotent creation: a retry with the same user and Idempotency-Key gets the original answer and creates
// nothing. Only keys of created bookings are stored (on the booking); a first attempt that ended in 409 or 422
// wrote nothing, so a retry with that key is evaluated afresh.
import { createHash } from "node:crypto";
import { Finding, type CreatedBooking } from "@sambruk/contracts";
import { z } from "zod";
import type { BookingStatus } from "@sambruk/domain";
import { idempotencyKeyReused } from "./booking-problems";
import type { BookingsDeps } from "./bookings.deps";
import { BookingSnapshot, snapshotOf, toBookingDto } from "./bookings.mapper";
import type { BookingRecord } from "./bookings.repository";

export interface CreateResult {
  /** 201 confirmed, 202 requested (waits for the front desk). */
  status: 201 | 202;
  /** The booking with the review reasons or warnings of the rules. */
  booking: CreatedBooking;
}

/** The findings the creation's audit event recorded beside the booking's state. */
const RecordedFindings = z.object({ findings: z.array(Finding) });

export const statusCodeOf = (status: BookingStatus): 201 | 202 => (status === "requested" ? 202 : 201);

/** SHA-256 of the request as canonical JSON (keys sorted), so key order and spacing do not matter. */
export function requestHashOf(request: unknown): string {
  return createHash("sha256").update(canonicalJson(request)).digest("hex");
}

/**
 * The original answer for a key already used: 422 when the request differs from the first one, else the
 * status and body of the creation, rebuilt from the state the audit log recorded at that moment.
 */
export async function replay(deps: BookingsDeps, previous: BookingRecord, requestHash: string): Promise<CreateResult> {
  if (previous.requestHash !== requestHash) throw idempotencyKeyReused();
  const [created] = await deps.store.audit.findForEntity("booking", previous.id, "booking.created");
  const recorded = BookingSnapshot.safeParse(created?.after);
  const snapshot = recorded.success ? recorded.data : snapshotOf(previous);
  const findings = RecordedFindings.safeParse(created?.after);
  const booking = { ...toBookingDto(snapshot, previous.organisation), findings: findings.success ? findings.data.findings : [] };
  return { status: statusCodeOf(snapshot.status), booking };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
