// Who may publish drop-in hours, what a published window must be, and how long a resident's name and phone are
// kept after their appointment.
import type { Finding } from "../finding";
import type { BookerKind } from "../spaces/space";

const PUBLISHERS: readonly BookerKind[] = ["service_unit", "front_desk"];

/** Services publish their drop-in hours, and the front desk for the house; volunteer groups and residents do not. */
export function mayPublishDropIn(bookerKind: BookerKind): boolean {
  return PUBLISHERS.includes(bookerKind);
}

export interface DropInRequest {
  /** Whose limits the booking is made under (see bookerKindOf). */
  bookerKind: BookerKind;
  /** The visibility the booking will have: the requested one, else the activity type's default. */
  visibility: "public" | "busy_only";
}

/** What refuses a booking as a drop-in window: the booker may not publish one, or it would not be published. */
export function dropInFindings(request: DropInRequest): Finding[] {
  return [
    ...(mayPublishDropIn(request.bookerKind) ? [] : [{ code: "drop_in_not_allowed" as const, pointer: "/dropIn" }]),
    ...(request.visibility === "public" ? [] : [{ code: "drop_in_must_be_public" as const, pointer: "/visibility" }]),
  ];
}

const HOUR_MS = 3_600_000;

/** When an appointment's personal data is deleted: the set number of hours after it ends. */
export function appointmentDeleteAfter(appointmentEnd: Date, retentionHours: number): Date {
  return new Date(appointmentEnd.getTime() + retentionHours * HOUR_MS);
}

