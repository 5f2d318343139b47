import { PhoneNumber, type AppointmentMode, type TakeAppointment } from "@sambruk/contracts";

/** The appointment form as typed. */
export interface AppointmentValues {
  start: string;
  mode: AppointmentMode;
  name: string;
  phone: string;
}

export type AppointmentErrors = Partial<Record<"start" | "name" | "phone", "slotRequired" | "nameRequired" | "phoneInvalid">>;

/** Keys of dropIns.page.errors; a name and a phone only when not signed in. */
export function appointmentErrorsOf(values: AppointmentValues, signedIn: boolean): AppointmentErrors {
  const errors: AppointmentErrors = {};
  if (!values.start) errors.start = "slotRequired";
  if (signedIn) return errors;
  if (!values.name.trim()) errors.name = "nameRequired";
  if (!PhoneNumber.safeParse(values.phone).success) errors.phone = "phoneInvalid";
  return errors;
}

export function appointmentRequestOf(values: AppointmentValues, signedIn: boolean): TakeAppointment {
  const base = { start: values.start, mode: values.mode };
  return signedIn ? base : { ...base, name: values.name.trim(), phone: PhoneNumber.parse(values.phone) };
}
