// POST /bookings/check: what POST /bookings would answer, as a dry run. Nothing is written.
import type { BookingCheck, CreateBooking } from "@sambruk/contracts";
import type { Actor } from "@sambruk/domain";
import type { BookingsDeps } from "./bookings.deps";
import { toAlternativeDto, toConflictDto, toDecisionFindingDto, toFindingDto } from "./bookings.mapper";
import { conflictReport } from "./conflict-report";
import { evaluateBooking } from "./evaluate-booking";

export async function checkBooking(deps: BookingsDeps, actor: Actor, input: CreateBooking): Promise<BookingCheck> {
  const evaluation = await evaluateBooking(deps, { ...input, description: input.description ?? null }, actor);
  const priority = evaluation.priority ? { priority: evaluation.priority } : {};
  if (evaluation.outcome === "refused") {
    return { outcome: "refused", findings: evaluation.findings.map(toFindingDto), conflicts: [], alternatives: [], ...priority };
  }
  if (evaluation.conflicts.length === 0) {
    return { outcome: evaluation.status, findings: evaluation.findings.map(toDecisionFindingDto), conflicts: [], alternatives: [], ...priority };
  }
  const { space, interval } = evaluation;
  const report = await conflictReport(deps, { space, interval, attendees: input.expectedAttendees }, evaluation.bookerKind);
  return {
    outcome: "conflict",
    findings: evaluation.findings.map(toDecisionFindingDto),
    conflicts: report.conflicts.map(toConflictDto),
    alternatives: report.alternatives.map(toAlternativeDto),
    ...priority,
  };
}
