import type { DeskCreateBooking } from "@sambruk/contracts";
import { instantOf, normaliseTime } from "../../../lib/wall-clock";

/** What the desk's booking form holds: text as typed, so nothing is lost or reformatted while the host types. */
export interface DeskBookingValues {
  organisationId: string;
  activityTypeId: string;
  title: string;
  attendees: string;
  spaceId: string;
  date: string;
  startTime: string;
  endTime: string;
  visibility: "public" | "busy_only";
  bump: boolean;
  reason: string;
  override: boolean;
  justification: string;
}

export type DeskBookingField = "organisationId" | "activityTypeId" | "title" | "attendees" | "spaceId" | "date" | "startTime" | "endTime" | "reason" | "justification";
export type DeskErrorKey =
  | "organisationRequired"
  | "activityTypeRequired"
  | "titleRequired"
  | "attendeesInvalid"
  | "spaceRequired"
  | "dateInvalid"
  | "timeInvalid"
  | "endBeforeStart"
  | "reasonRequired"
  | "justificationTooShort";
export type DeskBookingErrors = Partial<Record<DeskBookingField, DeskErrorKey>>;

/** The shortest justification the API takes for setting the notice rule aside. */
export const MIN_JUSTIFICATION = 10;

export function initialDeskBookingValues(date: string): DeskBookingValues {
  return {
    organisationId: "",
    activityTypeId: "",
    title: "",
    attendees: "",
    spaceId: "",
    date,
    startTime: "",
    endTime: "",
    visibility: "public",
    bump: false,
    reason: "",
    override: false,
    justification: "",
  };
}

function attendeesOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,5}$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : null;
}

/** The errors of each field that is missing or unreadable; the override counts only for an admin. */
export function deskBookingErrorsOf(values: DeskBookingValues, isAdmin: boolean): DeskBookingErrors {
  const errors: DeskBookingErrors = {};
  if (!values.organisationId) errors.organisationId = "organisationRequired";
  if (!values.activityTypeId) errors.activityTypeId = "activityTypeRequired";
  if (!values.title.trim()) errors.title = "titleRequired";
  if (attendeesOf(values.attendees) === null) errors.attendees = "attendeesInvalid";
  if (!values.spaceId) errors.spaceId = "spaceRequired";
  if (instantOf(values.date, "12:00") === null) errors.date = "dateInvalid";
  const start = instantOf(values.date, values.startTime);
  const end = instantOf(values.date, values.endTime);
  if (normaliseTime(values.startTime) === null) errors.startTime = "timeInvalid";
  if (normaliseTime(values.endTime) === null) errors.endTime = "timeInvalid";
  else if (start !== null && end !== null && Date.parse(end) <= Date.parse(start)) errors.endTime = "endBeforeStart";
  if (values.bump && !values.reason.trim()) errors.reason = "reasonRequired";
  if (values.bump && isAdmin && values.override && values.justification.trim().length < MIN_JUSTIFICATION) {
    errors.justification = "justificationTooShort";
  }
  return errors;
}

/** The request to send, or null while a field is in error. */
export function deskBookingRequestOf(values: DeskBookingValues, isAdmin: boolean): DeskCreateBooking | null {
  if (Object.keys(deskBookingErrorsOf(values, isAdmin)).length > 0) return null;
  const start = instantOf(values.date, values.startTime);
  const end = instantOf(values.date, values.endTime);
  const attendees = attendeesOf(values.attendees);
  if (start === null || end === null || attendees === null) return null;
  const override = isAdmin && values.override ? { override: { justification: values.justification.trim() } } : {};
  return {
    spaceId: values.spaceId,
    organisationId: values.organisationId,
    activityTypeId: values.activityTypeId,
    title: values.title.trim(),
    expectedAttendees: attendees,
    start,
    end,
    visibility: values.visibility,
    ...(values.bump ? { bump: { reason: values.reason.trim(), ...override } } : {}),
  };
}
