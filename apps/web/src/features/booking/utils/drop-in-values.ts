import { DropInSettings, type AppointmentMode } from "@sambruk/contracts";

/** The drop-in choice of the booking form (service staff only), as typed. */
export interface DropInValues {
  enabled: boolean;
  /** Minutes per appointment; "" is no appointments (residents just come by). */
  minutes: "" | "10" | "15" | "20" | "30";
  modes: AppointmentMode[];
  meetingLink: string;
}

export const NO_DROP_IN: DropInValues = { enabled: false, minutes: "", modes: ["in_person"], meetingLink: "" };
export const APPOINTMENT_LENGTHS = ["", "10", "15", "20", "30"] as const;

export type DropInErrorKey = "modesRequired" | "linkRequired";
export type DropInErrors = Partial<Record<"modes" | "meetingLink", DropInErrorKey>>;

function candidate(values: DropInValues) {
  const link = values.meetingLink.trim();
  return {
    appointmentMinutes: values.minutes === "" ? null : Number(values.minutes),
    modes: values.modes,
    meetingLink: link === "" ? null : link,
  };
}

/** The settings to send as `dropIn`; null when it is not a drop-in window or the settings cannot be read. */
export function dropInSettingsOf(values: DropInValues): DropInSettings | null {
  if (!values.enabled) return null;
  const parsed = DropInSettings.safeParse(candidate(values));
  return parsed.success ? parsed.data : null;
}

/** Keys of dropIns.settings.errors for what stops the settings from being sent. */
export function dropInErrorsOf(values: DropInValues): DropInErrors {
  const errors: DropInErrors = {};
  if (!values.enabled) return errors;
  if (values.modes.length === 0) errors.modes = "modesRequired";
  const parsed = DropInSettings.safeParse(candidate(values));
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === "meetingLink")) errors.meetingLink = "linkRequired";
  return errors;
}
