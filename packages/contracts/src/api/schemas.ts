import type { z } from "zod";
import { Availability, SlotState, SpaceAvailability } from "../availability";
import {
  Alternative,
  Booking,
  BookingCheck,
  BookingDetail,
  BookingSource,
  BookingStatus,
  ConflictProblem,
  CreateBooking,
  CreatedBooking,
  Finding,
  Interval,
  RefusedProblem,
  UpdateBooking,
  Visibility,
} from "../bookings";
import { ActivityType, Sensitivity, UpdateActivityType } from "../catalogue";
import { Centre, FormerMunicipality, WeeklyHours } from "../centres";
import { Id, Instant, IsoWeekday, WallTime } from "../common";
import { Health } from "../health";
import { AuditEvent } from "../audit";
import { Me } from "../auth";
import { ContactPerson, Organisation, RegisterGroup } from "../organisations";
import { ErrorCode, Problem, ProblemFieldError } from "../problem";
import { Series, SeriesPreview } from "../series";
import { AccessibilityFeature, BookerLimits, Privacy, Space, SpaceKind } from "../spaces";

export interface NamedSchema {
  readonly schema: z.ZodType;
  readonly description: string;
}

/**
 * The schemas the OpenAPI document names (components.schemas) and references wherever they appear.
 * Anything not listed here is written out in place.
 */
export const namedSchemas: Readonly<Record<string, NamedSchema>> = {
  Id: { schema: Id, description: "A UUID." },
  Instant: { schema: Instant, description: 'An instant, ISO 8601 with an explicit offset: "2026-12-01T18:00:00+01:00" or "…Z".' },
  WallTime: { schema: WallTime, description: 'A wall-clock time of day in the centre\'s zone, "HH:mm", 00:00–24:00.' },
  IsoWeekday: { schema: IsoWeekday, description: "ISO weekday: 1 is Monday, 7 is Sunday." },
  Health: { schema: Health, description: "Whether the service and its database are up." },
  Me: { schema: Me, description: "The signed-in user, whom they act for, and the CSRF token for writes." },
  BookingDetail: { schema: BookingDetail, description: "A booking in full, as its organisation, the front desk of its centre and admins see it." },
  ContactPerson: { schema: ContactPerson, description: "A named contact person of an informal group; personal data, shown only to the group and the front desk." },
  RegisterGroup: { schema: RegisterGroup, description: "A new informal volunteer group: a name, a home centre and one to five contact persons." },
  Organisation: { schema: Organisation, description: "An organisation as its members and the front desk see it, with its contact persons." },
  AuditEvent: { schema: AuditEvent, description: "One recorded write: who, acting for whom, when, what, and the state before and after." },
  Centre: { schema: Centre, description: "A local centre with a citizen square." },
  FormerMunicipality: { schema: FormerMunicipality, description: "The municipality the centre belonged to before 2020." },
  WeeklyHours: { schema: WeeklyHours, description: "A weekly interval in the centre's wall-clock time." },
  Space: { schema: Space, description: "A bookable space in a centre." },
  SeriesPreview: { schema: SeriesPreview, description: "Every occurrence of a recurring booking with its status: ok (confirmed or requested) or skipped with its reason." },
  Series: { schema: Series, description: "A recurring booking with every occurrence: booked, skipped with its reason, or cancelled." },
  SpaceKind: { schema: SpaceKind, description: "What kind of space it is." },
  Privacy: { schema: Privacy, description: '"open": visible from the square; "closed": a closed room with sound privacy.' },
  AccessibilityFeature: { schema: AccessibilityFeature, description: "An accessibility feature of a space." },
  BookerLimits: { schema: BookerLimits, description: "How early and how far ahead a kind of booker may book." },
  SlotState: { schema: SlotState, description: "The state of a stretch of time in a space." },
  SpaceAvailability: { schema: SpaceAvailability, description: "Free/busy time of one space: no titles, no organisations, no people." },
  Availability: { schema: Availability, description: "Free/busy time of one or more spaces between two instants." },
  Sensitivity: { schema: Sensitivity, description: '"open"; "discreet" (closed rooms only); "shielded" and "security" (never at a citizen square).' },
  ActivityType: { schema: ActivityType, description: "An activity type of the catalogue: what a booking is for." },
  UpdateActivityType: { schema: UpdateActivityType, description: "An administrator's change of an activity type's classification (at least one field)." },
  BookingStatus: { schema: BookingStatus, description: "Where a booking is in its life." },
  Visibility: { schema: Visibility, description: '"public": shown in the public programme; "busy_only": shown only as busy time.' },
  BookingSource: { schema: BookingSource, description: "Where the booking was made." },
  Booking: { schema: Booking, description: "A booking as anyone may see it: busy-only bookings show no title, resident bookers no name." },
  CreateBooking: { schema: CreateBooking, description: "A new booking." },
  CreatedBooking: { schema: CreatedBooking, description: "A booking just made, with what the rules said: review reasons (202) or warnings (201)." },
  UpdateBooking: { schema: UpdateBooking, description: "A change to a booking: send only what changes (at least one field)." },
  BookingCheck: { schema: BookingCheck, description: "What creating the booking would do; nothing is written." },
  Finding: { schema: Finding, description: "What a rule says about a request; `code` is stable and translated by the clients." },
  Alternative: { schema: Alternative, description: "A free time that could be booked instead, ranked." },
  Interval: { schema: Interval, description: "A half-open time interval [start, end)." },
  ErrorCode: { schema: ErrorCode, description: "Stable error codes; clients translate them, and none is ever renamed." },
  ProblemFieldError: { schema: ProblemFieldError, description: "One field-level error; `pointer` is an RFC 6901 JSON pointer into the request." },
  Problem: { schema: Problem, description: "An RFC 9457 problem document, served as application/problem+json." },
  ConflictProblem: { schema: ConflictProblem, description: "409: the time is taken; the conflicting intervals and ranked alternatives." },
  RefusedProblem: { schema: RefusedProblem, description: "422: a rule refuses the request; the findings say which and why." },
};
