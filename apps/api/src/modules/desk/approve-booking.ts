// POST /desk/bookings/{id}/approve: in one transaction, under the (unit, day) locks of the request's time, the
// conflict set is computed afresh, the request confirmed, and the requests colliding with it rejected; each
// decision audited and notified. The exclusion constraint has the last word on the confirmation (23P01 → 409).
import { approvalPlan, conflictSets, intervalBetween, type Actor } from "@sambruk/domain";
import { isExclusionViolation } from "../../db/sql-state";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import { newCheckInLink } from "./check-in-link";
import { requireDeskOfBooking } from "./desk-access";
import { auditDecision } from "./desk-audit";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { approvalBlocked, notPending } from "./desk-problems";
import type { DeskWrites } from "./desk-store.repository";
import type { DeskDeps } from "./desk.deps";
import { ranked } from "./desk.mapper";

/** Competitors are read this far around the request: more than any buffer. */
const NEIGHBOURHOOD_MS = 24 * 3600_000;
export const COMPETING_REQUEST_APPROVED = "competing_request_approved";

export interface DeskDecisionCommand {
  actor: Actor;
  id: string;
  /** From If-Match: a newer version is a 412. */
  version: number;
  requestId: string | null;
}

export interface ApprovalResult {
  approved: DeskBookingRecord;
  rejected: DeskBookingRecord[];
}

export async function approveBooking(deps: DeskDeps, command: DeskDecisionCommand): Promise<ApprovalResult> {
  const { actor, id } = command;
  const current = await deps.store.bookings.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, current);
  try {
    return await deps.store.transaction(async (tx) => {
      await tx.lockUnitsOf(id);
      // Read again under the lock: a host who decided a competitor first has committed by now.
      const chosen = await tx.bookings.findById(id);
      if (!chosen) throw notFound(`No booking with id ${id}.`);
      if (chosen.status !== "requested") throw notPending(chosen.status);
      if (chosen.version !== command.version) throw staleVersion(chosen.version);
      const rejectIds = await plan(tx, chosen);
      const now = deps.now();
      const link = newCheckInLink(deps.publicUrl, id);
      const approved = await tx.bookings.changeStatus(id, { from: ["requested"], version: chosen.version }, { status: "confirmed", statusReason: null, checkInTokenHash: link.tokenHash });
      if (!approved) throw staleVersion(); // changed by its booker in between (their edits take no unit lock)
      await auditDecision(tx, { actorId: actor.userId, action: "booking.approved", before: chosen, after: approved, requestId: command.requestId });
      await tx.notify({ kind: "booking_confirmed", bookingId: id, userId: approved.bookedById, params: { checkInUrl: link.url } }, now);
      const rejected: DeskBookingRecord[] = [];
      for (const before of await tx.bookings.findByIds(rejectIds)) {
        const after = await tx.bookings.changeStatus(before.id, { from: ["requested"] }, { status: "rejected", statusReason: COMPETING_REQUEST_APPROVED });
        if (!after) continue; // withdrawn meanwhile: nothing to decide
        await auditDecision(tx, { actorId: actor.userId, action: "booking.rejected", before, after, requestId: command.requestId });
        // The message's intro says it: the status reason is a code, not words for the booker.
        await tx.notify({ kind: "booking_rejected", bookingId: after.id, userId: after.bookedById }, now);
        rejected.push(after);
      }
      return { approved, rejected };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw approvalBlocked(null);
    throw error;
  }
}

/** The requests to reject with the chosen one, by the domain's plan on its fresh conflict set. */
async function plan(tx: DeskWrites, chosen: DeskBookingRecord): Promise<string[]> {
  const around = intervalBetween(chosen.start.getTime() - NEIGHBOURHOOD_MS, chosen.end.getTime() + NEIGHBOURHOOD_MS);
  const [spaces, bookings] = await Promise.all([tx.places.findSpaces(chosen.centreId), tx.bookings.findInCentre(chosen.centreId, around)]);
  const set = conflictSets(bookings.map(ranked), spaces).find((s) => s.requests.some((r) => r.id === chosen.id));
  const decision = set ? approvalPlan(set, chosen.id) : null;
  if (!decision || !decision.allowed) {
    throw decision?.code === "approval_blocked_by_holder" ? approvalBlocked(decision.holderIds.length) : notPending(chosen.status);
  }
  return decision.reject;
}
