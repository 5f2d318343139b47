// POST /desk/bookings/{id}/reject: a request is refused with the host's reason, audited and notified.
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import type { DeskDecisionCommand } from "./approve-booking";
import { requireDeskOfBooking } from "./desk-access";
import { auditDecision } from "./desk-audit";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { notPending } from "./desk-problems";
import type { DeskDeps } from "./desk.deps";

export async function rejectBooking(deps: DeskDeps, command: DeskDecisionCommand & { reason: string }): Promise<DeskBookingRecord> {
  const { actor, id } = command;
  const current = await deps.store.bookings.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, current);
  if (current.status !== "requested") throw notPending(current.status);
  if (current.version !== command.version) throw staleVersion(current.version);
  return deps.store.transaction(async (tx) => {
    const rejected = await tx.bookings.changeStatus(id, { from: ["requested"], version: command.version }, { status: "rejected", statusReason: command.reason });
    if (!rejected) {
      const now = await tx.bookings.findById(id);
      throw now && now.status !== "requested" ? notPending(now.status) : staleVersion(now?.version);
    }
    await auditDecision(tx, { actorId: actor.userId, action: "booking.rejected", before: current, after: rejected, requestId: command.requestId });
    await tx.notify({ kind: "booking_rejected", bookingId: id, userId: rejected.bookedById, params: { reason: command.reason } }, deps.now());
    return rejected;
  });
}
