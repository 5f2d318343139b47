// Drop-in windows and appointments as the wire shows them. The public never sees the meeting link or who has an
// appointment; a discreet service's room is not named (ask at the front desk), as in the programme.
import type { AppointmentReceipt, DropIn, StaffAppointment } from "@sambruk/contracts";
import { appointmentSlots, intervalBetween, slotHasStarted } from "@sambruk/domain";
import type { AppointmentRecord, StaffAppointmentRecord } from "./appointments.repository";
import type { DropInWindowRecord, ListedDropIn } from "./drop-ins.repository";

const isDiscreet = (window: DropInWindowRecord) => window.activityType.sensitivity === "discreet";

export function toDropIn(window: ListedDropIn, now: Date): DropIn {
  const { space, activityType } = window;
  const booked = new Set(window.bookedStarts.map((start) => start.getTime()));
  const minutes = window.appointmentMinutes;
  return {
    id: window.id,
    centre: window.centre,
    space: isDiscreet(window)
      ? null
      : { id: space.id, name: space.name, accessibility: { stepFree: space.stepFree, hearingLoop: space.hearingLoop, accessibleWc: space.accessibleWc } },
    start: window.start.toISOString(),
    end: window.end.toISOString(),
    title: window.title,
    service: window.organisation.name,
    activityType: { id: activityType.id, slug: activityType.slug, name: { nb: activityType.nameNb, nn: activityType.nameNn, en: activityType.nameEn } },
    modes: window.modes,
    appointments:
      minutes === null
        ? null
        : {
            minutes,
            slots: appointmentSlots(intervalBetween(window.start, window.end), minutes).map((slot) => ({
              start: slot.start.toISOString(),
              end: slot.end.toISOString(),
              available: !booked.has(slot.start.getTime()) && !slotHasStarted(slot, now),
            })),
          },
  };
}

/** The receipt, shown once: the cancel token, and the meeting link for a digital meeting only. */
export function toReceipt(window: DropInWindowRecord, appointment: AppointmentRecord, cancelToken: string): AppointmentReceipt {
  return {
    id: appointment.id,
    dropInId: window.id,
    start: appointment.start.toISOString(),
    end: appointment.end.toISOString(),
    mode: appointment.mode,
    title: window.title,
    service: window.organisation.name,
    centre: window.centre,
    space: isDiscreet(window) ? null : { id: window.space.id, name: window.space.name },
    meetingLink: appointment.mode === "digital" ? window.meetingLink : null,
    cancelToken,
    deleteAfter: appointment.deleteAfter.toISOString(),
  };
}

/** For the staff who meet the resident: the stored name and phone, or the login's display name. */
export function toStaffAppointment(record: StaffAppointmentRecord): StaffAppointment {
  return {
    id: record.id,
    dropInId: record.dropInId,
    start: record.start.toISOString(),
    end: record.end.toISOString(),
    mode: record.mode,
    status: record.status,
    name: record.name ?? record.userDisplayName ?? "",
    phone: record.phone,
    title: record.window.title,
    service: record.window.organisation.name,
    centre: record.window.centre,
    space: record.window.space,
  };
}

/** What the audit trail keeps of an appointment: never the resident's name or phone. */
export function auditJsonOf(appointment: AppointmentRecord): { dropInId: string; start: string; end: string; mode: string; status: string; signedIn: boolean } {
  return {
    dropInId: appointment.dropInId,
    start: appointment.start.toISOString(),
    end: appointment.end.toISOString(),
    mode: appointment.mode,
    status: appointment.status,
    signedIn: appointment.userId !== null,
  };
}
