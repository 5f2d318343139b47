import type { ActivityType, CreateBooking, Me } from "@sambruk/contracts";
import { dropInSettingsOf, NO_DROP_IN, type DropInValues } from "./drop-in-values";
import { NO_REPEAT, type RepeatValues } from "./repeat-values";
import { instantOf, wallClockOf } from "../../../lib/wall-clock";

export type VisibilityChoice = NonNullable<CreateBooking["visibility"]>;

/** What the form holds: text as typed, so nothing is lost or reformatted while the user types. */
export interface BookingValues {
  spaceId: string;
  organisationId: string;
  activityTypeId: string;
  title: string;
  description: string;
  attendees: string;
  date: string;
  startTime: string;
  endTime: string;
  visibility: VisibilityChoice;
  /** The user chose the visibility; until then it follows the activity type's default. */
  visibilityChosen: boolean;
  /** Once, or a series (previewed before it is booked). */
  repeat: RepeatValues;
  /** A service's drop-in window (service staff only). */
  dropIn: DropInValues;
}

export type BookingField = "organisationId" | "activityTypeId" | "title" | "attendees" | "date" | "startTime" | "endTime";
export type FieldErrorKey =
  | "organisationRequired"
  | "activityTypeRequired"
  | "titleRequired"
  | "titleTooLong"
  | "attendeesInvalid"
  | "dateInvalid"
  | "timeInvalid"
  | "endBeforeStart";
export type FieldErrors = Partial<Record<BookingField, FieldErrorKey>>;

/** The organisations the user may book for. */
export function bookableMemberships(me: Me) {
  return me.memberships.filter((membership) => membership.mayBook);
}

/** The form's first values: the space and times of the URL, and whom the user acts for if they may book for it. */
export function initialValues(me: Me, params: URLSearchParams): BookingValues {
  const start = wallClockOf(params.get("start"));
  const end = wallClockOf(params.get("end"));
  const bookable = bookableMemberships(me);
  const acting = me.actingFor?.organisationId;
  const organisationId = bookable.find((m) => m.organisationId === acting)?.organisationId ?? bookable[0]?.organisationId ?? "";
  return {
    spaceId: params.get("spaceId") ?? "",
    organisationId,
    activityTypeId: "",
    title: "",
    description: "",
    attendees: "",
    date: start?.date ?? "",
    startTime: start?.time ?? "",
    endTime: end?.time ?? "",
    visibility: "public",
    visibilityChosen: false,
    repeat: NO_REPEAT,
    dropIn: NO_DROP_IN,
  };
}

export interface Times {
  start: string;
  end: string;
}

/** The start and end instants, or null while they are incomplete or the end is not after the start. */
export function timesOf(values: BookingValues): Times | null {
  const start = instantOf(values.date, values.startTime);
  const end = instantOf(values.date, values.endTime);
  if (start === null || end === null || Date.parse(end) <= Date.parse(start)) return null;
  return { start, end };
}

export function attendeesOf(values: BookingValues): number | null {
  const text = values.attendees.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const count = Number(text);
  return count >= 1 ? count : null;
}

/** The request to send, or null while a field is missing or unreadable (the field errors say which). */
export function requestOf(values: BookingValues, activityType: ActivityType | undefined): CreateBooking | null {
  const times = timesOf(values);
  const attendees = attendeesOf(values);
  const title = values.title.trim();
  if (!times || attendees === null || !title || !activityType || !values.organisationId || !values.spaceId) return null;
  const description = values.description.trim();
  const dropIn = dropInSettingsOf(values.dropIn);
  return {
    spaceId: values.spaceId,
    organisationId: values.organisationId,
    activityTypeId: activityType.id,
    title,
    ...(description ? { description } : {}),
    expectedAttendees: attendees,
    start: times.start,
    end: times.end,
    visibility: values.visibility,
    ...(dropIn ? { dropIn } : {}),
  };
}

/** Keys of bookingForm.errors for each field that is missing or unreadable. */
export function fieldErrorsOf(values: BookingValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.organisationId) errors.organisationId = "organisationRequired";
  if (!values.activityTypeId) errors.activityTypeId = "activityTypeRequired";
  if (!values.title.trim()) errors.title = "titleRequired";
  else if (values.title.trim().length > 120) errors.title = "titleTooLong";
  if (attendeesOf(values) === null) errors.attendees = "attendeesInvalid";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || instantOf(values.date, "12:00") === null) errors.date = "dateInvalid";
  const start = instantOf(values.date || "2000-01-01", values.startTime);
  const end = instantOf(values.date || "2000-01-01", values.endTime);
  if (start === null) errors.startTime = "timeInvalid";
  if (end === null) errors.endTime = "timeInvalid";
  else if (start !== null && Date.parse(end) <= Date.parse(start)) errors.endTime = "endBeforeStart";
  return errors;
}
