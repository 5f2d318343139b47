// A host's answer to a request that waits: reject it (POST /desk/bookings/{id}/reject), or ask the booker for a
// change and let it keep waiting (POST /desk/bookings/{id}/request-change). Either way the host's words become
// the status reason, the answer is audited and the booker notified, in one transaction.
import type { NotificationKind } from "@sambruk/domain";
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import type { DeskDecisionCommand } from "./approve-booking";
import { requireDeskOfBooking } from "./desk-access";
import { auditDecision } from "./desk-audit";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { notPending } from "./desk-problems";
import type { DeskDeps } from "./desk.deps";

interface Answer {
  status: "rejected" | "requested";
  action: string;
  kind: NotificationKind;
}

const REJECT: Answer = { status: "rejected", action: "booking.rejected", kind: "booking_rejected" };
const ASK_FOR_CHANGE: Answer = { status: "requested", action: "booking.change_requested", kind: "booking_change_requested" };

export function rejectBooking(deps: DeskDeps, command: DeskDecisionCommand & { reason: string }): Promise<DeskBookingRecord> {
  return answerRequest(deps, command, command.reason, REJECT);
}

export function requestBookingChange(deps: DeskDeps, command: DeskDecisionCommand & { message: string }): Promise<DeskBookingRecord> {
  return answerRequest(deps, command, command.message, ASK_FOR_CHANGE);
}

async function answerRequest(deps: DeskDeps, command: DeskDecisionCommand, words: string, answer: Answer): Promise<DeskBookingRecord> {
  const { actor, id } = command;
  const current = await deps.store.bookings.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, current);
  if (current.status !== "requested") throw notPending(current.status);
  if (current.version !== command.version) throw staleVersion(current.version);
  return deps.store.transaction(async (tx) => {
    const after = await tx.bookings.changeStatus(id, { from: ["requested"], version: command.version }, { status: answer.status, statusReason: words });
    if (!after) {
      const now = await tx.bookings.findById(id);
      throw now && now.status !== "requested" ? notPending(now.status) : staleVersion(now?.version);
    }
    await auditDecision(tx, { actorId: actor.userId, action: answer.action, before: current, after, requestId: command.requestId });
    await tx.notify({ kind: answer.kind, bookingId: id, userId: after.bookedById, params: { reason: words } }, deps.now());
    return after;
  });
}
