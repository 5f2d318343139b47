// POST /desk/bookings/{id}/request-change: the host asks the booker for a change; the request keeps waiting,
// with the host's message as its status reason, audited and notified.
import { staleVersion } from "../../http/preconditions";
import { notFound } from "../../http/problem";
import type { DeskDecisionCommand } from "./approve-booking";
import { requireDeskOfBooking } from "./desk-access";
import { auditDecision } from "./desk-audit";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { notPending } from "./desk-problems";
import type { DeskDeps } from "./desk.deps";

export async function requestBookingChange(deps: DeskDeps, command: DeskDecisionCommand & { message: string }): Promise<DeskBookingRecord> {
  const { actor, id } = command;
  const current = await deps.store.bookings.findById(id);
  if (!current) throw notFound(`No booking with id ${id}.`);
  requireDeskOfBooking(actor, current);
  if (current.status !== "requested") throw notPending(current.status);
  if (current.version !== command.version) throw staleVersion(current.version);
  return deps.store.transaction(async (tx) => {
    const asked = await tx.bookings.changeStatus(id, { from: ["requested"], version: command.version }, { status: "requested", statusReason: command.message });
    if (!asked) {
      const now = await tx.bookings.findById(id);
      throw now && now.status !== "requested" ? notPending(now.status) : staleVersion(now?.version);
    }
    await auditDecision(tx, { actorId: actor.userId, action: "booking.change_requested", before: current, after: asked, requestId: command.requestId });
    await tx.notify({ kind: "booking_change_requested", bookingId: id, userId: asked.bookedById, params: { reason: command.message } }, deps.now());
    return asked;
  });
}
