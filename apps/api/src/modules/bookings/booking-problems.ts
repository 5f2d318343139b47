// The problem documents of the booking endpoints, with their extension members.
import type { BookingStatus, Finding, PolicyFinding } from "@sambruk/domain";
import { HttpProblem } from "../../http/problem";
import { toAlternativeDto, toConflictDto, toFindingDto } from "./bookings.mapper";
import type { ConflictReport } from "./conflict-report";

export function refused(findings: readonly (Finding | PolicyFinding)[]): HttpProblem {
  return new HttpProblem(
    422,
    "booking_refused",
    "Booking refused",
    "The request breaks one or more booking rules; see `findings`.",
    undefined,
    { findings: findings.map(toFindingDto) },
  );
}

export function conflict(report: ConflictReport): HttpProblem {
  return new HttpProblem(
    409,
    "booking_conflict",
    "Booking conflict",
    "The time is already taken; see `conflicts`, and `alternatives` for free times and spaces.",
    undefined,
    { conflicts: report.conflicts.map(toConflictDto), alternatives: report.alternatives.map(toAlternativeDto) },
  );
}

export function notEditable(status: BookingStatus): HttpProblem {
  return new HttpProblem(409, "booking_not_editable", "Booking not editable", `A ${status} booking can no longer be changed.`);
}

export function idempotencyKeyReused(): HttpProblem {
  return new HttpProblem(
    422,
    "idempotency_key_reused",
    "Idempotency key reused",
    "This Idempotency-Key was already used with a different request. Use a new key for a new booking.",
  );
}
