// POST /dropins/{id}/appointments: one slot of a published window, for a signed-in user or a name and phone. The
// database decides races for the last slot (a partial unique index): the loser gets 409.
import type { AppointmentReceipt, TakeAppointment } from "@sambruk/contracts";
import { appointmentDeleteAfter, intervalBetween, slotHasStarted, slotStartingAt, type Actor } from "@sambruk/domain";
import { isUniqueViolation } from "../../db/sql-state";
import { notFound } from "../../http/problem";
import { hashToken, newToken } from "../auth/session-token";
import { appointmentTaken, appointmentUnavailable, contactRequired } from "./appointment-problems";
import type { DropInsDeps } from "./drop-ins.deps";
import { auditJsonOf, toReceipt } from "./drop-ins.mapper";
import type { DropInWindowRecord } from "./drop-ins.repository";

export interface TakeAppointmentCommand {
  actor: Actor | null;
  dropInId: string;
  input: TakeAppointment;
  requestId: string | null;
}

export async function takeAppointment(deps: DropInsDeps, command: TakeAppointmentCommand): Promise<AppointmentReceipt> {
  const { actor, input } = command;
  const missing = (["name", "phone"] as const).filter((field) => input[field] === undefined);
  if (actor === null && missing.length > 0) throw contactRequired(missing);
  const window = await deps.store.windows.findPublishedById(command.dropInId);
  if (!window) throw notFound(`No published drop-in window with id ${command.dropInId}.`);
  const slot = slotOf(window, input, deps.now());

  const cancelToken = newToken();
  try {
    const appointment = await deps.store.transaction(async ({ appointments, audit }) => {
      const created = await appointments.insert({
        dropInId: window.id,
        start: slot.start,
        end: slot.end,
        mode: input.mode,
        userId: actor?.userId ?? null,
        name: input.name ?? null,
        phone: input.phone ?? null,
        cancelTokenHash: hashToken(cancelToken),
        deleteAfter: appointmentDeleteAfter(slot.end, deps.retentionHours),
      });
      await audit.record({
        actorId: actor?.userId ?? null,
        actingOrganisationId: null,
        centreId: window.centre.id,
        action: "appointment.created",
        entityType: "appointment",
        entityId: created.id,
        before: null,
        after: auditJsonOf(created),
        requestId: command.requestId,
      });
      return created;
    });
    return toReceipt(window, appointment, cancelToken);
  } catch (error) {
    if (isUniqueViolation(error)) throw appointmentTaken();
    throw error;
  }
}

/** The window's slot the request names, if it can still be taken in the requested mode; else 422. */
function slotOf(window: DropInWindowRecord, input: TakeAppointment, now: Date) {
  if (window.appointmentMinutes === null) throw appointmentUnavailable("This drop-in window takes no appointments: just come by.");
  const slot = slotStartingAt(intervalBetween(window.start, window.end), window.appointmentMinutes, new Date(input.start));
  if (!slot) throw appointmentUnavailable("No appointment of this window starts at this time.");
  if (slotHasStarted(slot, now)) throw appointmentUnavailable("This appointment has already started.");
  if (!window.modes.includes(input.mode)) throw appointmentUnavailable(`This window does not offer ${input.mode === "digital" ? "digital meetings" : "meetings in person"}.`);
  return slot;
}
