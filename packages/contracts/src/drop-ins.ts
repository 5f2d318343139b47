import { z } from "zod";
import { Id, Instant } from "./common";
import { PublicActivityType, PublicPlace, withinProgrammeRange } from "./programme";

/** How a resident meets the service: at the centre, or as a digital meeting with a caseworker. */
export const AppointmentMode = z.enum(["in_person", "digital"]);
export type AppointmentMode = z.infer<typeof AppointmentMode>;

/**
 * A drop-in window's settings, on a booking (POST /bookings) or a series: the length of each appointment (null:
 * no appointments, come when you like), the ways to meet, and the service's meeting link for digital meetings,
 * which only a resident with an appointment is given.
 */
export const DropInSettings = z
  .strictObject({
    appointmentMinutes: z.number().int().min(5).max(240).nullable(),
    modes: z.array(AppointmentMode).min(1).max(2),
    meetingLink: z.url({ protocol: /^https$/ }).max(500).nullable(),
  })
  .superRefine((settings, ctx) => {
    if (settings.modes.includes("digital") && !settings.meetingLink) {
      ctx.addIssue({ code: "custom", path: ["meetingLink"], message: "A digital meeting needs the service's meeting link" });
    }
    if (new Set(settings.modes).size !== settings.modes.length) {
      ctx.addIssue({ code: "custom", path: ["modes"], message: "Each mode once" });
    }
  });
export type DropInSettings = z.infer<typeof DropInSettings>;

/** GET /dropins: one centre or all, a range of at most MAX_PROGRAMME_DAYS days. */
export const DropInQuery = z
  .strictObject({ centreId: Id.optional(), from: Instant, to: Instant })
  .superRefine(withinProgrammeRange);
export type DropInQuery = z.infer<typeof DropInQuery>;

export const AppointmentSlot = z.object({ start: Instant, end: Instant, available: z.boolean() });
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;

/**
 * A published drop-in window as anyone sees it: who, what, where, when. For a discreet service the room is not
 * named (`space` null: ask at the front desk). Never the meeting link, never who has an appointment.
 */
export const DropIn = z.object({
  id: Id,
  centre: z.object({ id: Id, name: z.string() }),
  space: PublicPlace,
  start: Instant,
  end: Instant,
  title: z.string(),
  service: z.string(),
  activityType: PublicActivityType,
  modes: z.array(AppointmentMode),
  /** The window cut into appointments; null when residents just come by. */
  appointments: z.object({ minutes: z.number().int(), slots: z.array(AppointmentSlot) }).nullable(),
});
export type DropIn = z.infer<typeof DropIn>;
export const DropInList = z.array(DropIn);

export const DropInPathParams = z.strictObject({ id: Id });

/** Norwegian mobile or landline, with or without +47 and spaces: 8 digits. */
export const PhoneNumber = z
  .string()
  .trim()
  .transform((text) => text.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^(\+47|0047)?\d{8}$/, "Expected a Norwegian phone number (8 digits)"));

/** POST /dropins/{id}/appointments: a slot and a mode; a name and phone unless signed in. */
export const TakeAppointment = z.strictObject({
  start: Instant,
  mode: AppointmentMode,
  name: z.string().trim().min(1).max(100).optional(),
  phone: PhoneNumber.optional(),
});
export type TakeAppointment = z.infer<typeof TakeAppointment>;

/** 201: what the resident needs, once. The cancel token is shown only here; keep the link. */
export const AppointmentReceipt = z.object({
  id: Id,
  dropInId: Id,
  start: Instant,
  end: Instant,
  mode: AppointmentMode,
  title: z.string(),
  service: z.string(),
  centre: z.object({ id: Id, name: z.string() }),
  /** Null for a discreet service: ask at the front desk. */
  space: z.object({ id: Id, name: z.string() }).nullable(),
  /** The service's meeting link, for a digital meeting only. */
  meetingLink: z.string().nullable(),
  cancelToken: z.string(),
  /** When the name and phone are deleted. */
  deleteAfter: Instant,
});
export type AppointmentReceipt = z.infer<typeof AppointmentReceipt>;

export const AppointmentPathParams = z.strictObject({ id: Id });
/** DELETE /appointments/{id}: the token from the receipt, or a session of the service's staff. */
export const CancelAppointmentQuery = z.strictObject({ token: z.string().min(16).max(200).optional() });
export const CancelledAppointment = z.object({ id: Id, status: z.literal("cancelled") });

/** GET /appointments: the staff's list for a day (Europe/Oslo), for the drop-ins they see in full. */
export const StaffAppointmentsQuery = z.strictObject({
  date: z.iso.date(),
  organisationId: Id.optional(),
});
export type StaffAppointmentsQuery = z.infer<typeof StaffAppointmentsQuery>;

export const StaffAppointment = z.object({
  id: Id,
  dropInId: Id,
  start: Instant,
  end: Instant,
  mode: AppointmentMode,
  status: z.enum(["booked", "cancelled"]),
  /** The resident: their name and phone, or their login's display name (phone null). */
  name: z.string(),
  phone: z.string().nullable(),
  title: z.string(),
  service: z.string(),
  centre: z.object({ id: Id, name: z.string() }),
  space: z.object({ id: Id, name: z.string() }),
});
export type StaffAppointment = z.infer<typeof StaffAppointment>;
export const StaffAppointmentList = z.array(StaffAppointment);
