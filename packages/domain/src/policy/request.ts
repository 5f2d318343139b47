// What the policy engine reads: the request (who, what, when, where) and its context (the centre's state).
import type { OrganisationKind } from "../actors/actor";
import type { Booking, BookingStatus } from "../bookings/booking";
import type { BookingRequest } from "../bookings/check-booking";
import type { OpeningRules } from "../centres/open-intervals";
import type { WeeklyInterval } from "../centres/weekly-hours";
import type { BookerKind, Space } from "../spaces/space";
import { intervalBetween, type Interval } from "../time/interval";
import { checkOffset } from "../time/offset-check";
import { OSLO } from "../time/zoned";
import type { PolicyParameters } from "./parameters";

/** `shielded`: needs shielding of stigmatised groups; `security`: needs special security measures. */
export type Sensitivity = "open" | "discreet" | "shielded" | "security";

export interface ActivityType {
  id: string;
  sensitivity: Sensitivity;
  tags: readonly string[];
  /** A specialised service that reaches only some target groups (counts toward the fair-share cap). */
  targeted: boolean;
}

export interface Booker {
  kind: BookerKind;
  /** Null for residents booking for themselves. */
  organisationKind: OrganisationKind | null;
  /** Whose quota the booking counts toward: the organisation's id, or the resident's own id. */
  ownerId: string;
  /** Volunteer groups: verified by the front desk. */
  verified: boolean;
  /** The organisation has a key agreement and may use the premises outside staffed hours. */
  keyAgreement: boolean;
  /** One of the house's own citizen-facing services (the library, the square's services): priority tier 1. */
  houseService?: boolean;
}

export interface PolicyRequest extends BookingRequest {
  title: string;
  description?: string;
  activity: ActivityType;
  booker: Booker;
  /** An occurrence of this series: the series' bookings count as one active booking with it. */
  seriesId?: string;
}

/** An existing booking with what the policy rules need to know about it. */
export interface PolicyBooking extends Booking {
  ownerId: string;
  /** Who booked it, as the prime-time share counts it. */
  bookerKind: BookerKind;
  tags: readonly string[];
  targeted: boolean;
  /** The series the booking is an occurrence of: a series counts as one active booking. */
  seriesId?: string | null;
}

export interface PolicyContext extends OpeningRules {
  now: Date;
  /** The requested space. */
  space: Space;
  /** Every space of the centre (the requested one may be among them). */
  spaces: readonly Space[];
  /** The centre's bookings, and the requesting owner's bookings anywhere (for quotas). */
  bookings: readonly PolicyBooking[];
  /** The centre's staffed hours; when absent the staffed-hours rule does not apply. */
  staffedHours?: readonly WeeklyInterval[];
  parameters: PolicyParameters;
  /** When editing a booking: the booking itself, never counted against its new version. */
  ignoreBookingId?: string;
}

const LIVE: readonly BookingStatus[] = ["requested", "confirmed", "checked_in"];

/** Requested, confirmed and checked-in bookings: the ones that count toward limits. */
export function isLive(status: BookingStatus): boolean {
  return LIVE.includes(status);
}

/** The live bookings of the context other than the one being edited. */
export function liveBookings(context: PolicyContext): PolicyBooking[] {
  return context.bookings.filter((b) => isLive(b.status) && b.id !== context.ignoreBookingId);
}

export function zoneOf(context: Pick<PolicyContext, "timeZone">): string {
  return context.timeZone ?? OSLO;
}

/** The requested interval, or null when the times are unreadable or empty (the booking check reports why). */
export function requestInterval(request: BookingRequest, context: Pick<PolicyContext, "timeZone">): Interval | null {
  const start = readInstant(request.start, zoneOf(context));
  const end = readInstant(request.end, zoneOf(context));
  if (start === null || end === null || end.getTime() <= start.getTime()) return null;
  return intervalBetween(start, end);
}

function readInstant(value: string | Date, timeZone: string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const checked = checkOffset(value, timeZone);
  return checked.ok ? checked.instant : null;
}
