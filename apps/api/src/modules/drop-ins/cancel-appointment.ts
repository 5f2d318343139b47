// DELETE /appointments/{id}: with the receipt's cancel token, or as someone who sees the window in full. Cancelling
// a cancelled appointment answers the same again.
import type { Actor } from "@sambruk/domain";
import { forbidden } from "../../http/actor";
import { notFound } from "../../http/problem";
import { hashToken, sameSecret } from "../auth/session-token";
import { seesAppointmentsOf } from "./drop-in-access";
import type { DropInsDeps } from "./drop-ins.deps";
import { auditJsonOf } from "./drop-ins.mapper";

export interface CancelAppointmentCommand {
  actor: Actor | null;
  id: string;
  token: string | undefined;
  requestId: string | null;
}

export async function cancelAppointment(deps: DropInsDeps, command: CancelAppointmentCommand): Promise<{ id: string; status: "cancelled" }> {
  const appointment = await deps.store.appointments.findById(command.id);
  if (!appointment) throw notFound(`No appointment with id ${command.id}.`);
  const byToken = command.token !== undefined && sameSecret(hashToken(command.token), appointment.cancelTokenHash);
  if (!byToken && !seesAppointmentsOf(command.actor, appointment.window)) {
    throw forbidden("Cancel with the link from the receipt, or as the service's staff or the front desk.");
  }
  if (appointment.status === "booked") {
    await deps.store.transaction(async ({ appointments, audit }) => {
      if (!(await appointments.cancel(appointment.id))) return;
      await audit.record({
        actorId: command.actor?.userId ?? null,
        actingOrganisationId: null,
        centreId: appointment.window.centreId,
        action: "appointment.cancelled",
        entityType: "appointment",
        entityId: appointment.id,
        before: auditJsonOf(appointment),
        after: { ...auditJsonOf({ ...appointment, status: "cancelled" }), by: byToken ? "token" : "staff" },
        requestId: command.requestId,
      });
    });
  }
  return { id: appointment.id, status: "cancelled" };
}
