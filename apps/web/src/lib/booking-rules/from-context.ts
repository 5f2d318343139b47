// The shared-use rules in the browser: a BookingContext from GET /api/v1/spaces/{id}/booking-context turned into
// what the policy engine of @sambruk/domain reads, so the booking form can judge a request as it is typed with
// the very rules the API applies on submit (the API evaluates again, authoritatively).
//
//   policyInputsFromContext(context, candidate) → { request: PolicyRequest, context: PolicyContext }
//     The wire's strings become Dates, the space's accessibility list an object, holidays LocalDates, and the
//     request is built as the API builds it (apps/api/src/modules/bookings/booking-policy.ts, policyInputs).
//   evaluateCandidate(context, candidate) → Decision
//     `evaluate` on those inputs, as the booker may see it (`forBooker`). Unlike POST /bookings/check it keeps the
//     findings of rule "conflicts" (`space_taken` refuses, `tentative_overlap` warns), since the form wants to
//     show them; the API reports the same clash as outcome "conflict" (409 on create) rather than "refused".
//
// A candidate is what the form holds: the activity type (from GET /activity-types), title, description,
// expected attendees, and start/end as ISO 8601 with offset (or Dates). `ignoreBookingId` is for moving a booking.
// Pure: no I/O, no clock (the context's `now` is the server's).
import type { ActivityType, BookingContext } from "@sambruk/contracts";
import {
  evaluate,
  forBooker,
  type Decision,
  type IsoWeekday,
  type LocalDate,
  type PolicyBooking,
  type PolicyContext,
  type PolicyRequest,
  type Space,
  type WeeklyInterval,
} from "@sambruk/domain";

export interface BookingCandidate {
  activityType: Pick<ActivityType, "id" | "sensitivity" | "tags" | "targeted">;
  title: string;
  description?: string | null;
  expectedAttendees: number;
  /** ISO 8601 with an offset, as the form sends it, or an instant. */
  start: string | Date;
  end: string | Date;
  /** When moving a booking: the booking itself, never counted against its new time. */
  ignoreBookingId?: string;
}

export interface PolicyInputs {
  request: PolicyRequest;
  context: PolicyContext;
}

export function policyInputsFromContext(context: BookingContext, candidate: BookingCandidate): PolicyInputs {
  const { activityType, description } = candidate;
  const request: PolicyRequest = {
    start: candidate.start,
    end: candidate.end,
    attendees: candidate.expectedAttendees,
    title: candidate.title,
    ...(description === null || description === undefined ? {} : { description }),
    activity: { id: activityType.id, sensitivity: activityType.sensitivity, tags: activityType.tags, targeted: activityType.targeted },
    booker: { ...context.booker },
  };
  const { opening } = context;
  const policyContext: PolicyContext = {
    weeklyHours: opening.weeklyHours.map(toWeeklyInterval),
    closures: opening.closures.map(toInterval),
    holidays: opening.holidays.map(toLocalDate),
    openOnHolidays: opening.openOnHolidays,
    timeZone: opening.timeZone,
    now: new Date(context.now),
    space: toSpace(context.space),
    spaces: context.spaces.map(toSpace),
    bookings: context.bookings.map(toPolicyBooking),
    staffedHours: context.staffedHours.map(toWeeklyInterval),
    parameters: context.parameters,
    ...(candidate.ignoreBookingId ? { ignoreBookingId: candidate.ignoreBookingId } : {}),
  };
  return { request, context: policyContext };
}

export function evaluateCandidate(context: BookingContext, candidate: BookingCandidate): Decision {
  const inputs = policyInputsFromContext(context, candidate);
  return forBooker(evaluate(inputs.request, inputs.context));
}

type SpaceDto = BookingContext["space"];

function toSpace(dto: SpaceDto): Space {
  const { allowedBookerKinds, ...booking } = dto.booking;
  return {
    id: dto.id,
    centreId: dto.centreId,
    name: dto.name,
    kind: dto.kind,
    capacity: dto.capacity,
    equipment: [...dto.equipment],
    accessibility: {
      stepFree: dto.accessibility.includes("step_free"),
      hearingLoop: dto.accessibility.includes("hearing_loop"),
      accessibleWc: dto.accessibility.includes("accessible_wc"),
    },
    privacy: dto.privacy,
    zone: dto.zone,
    booking: { ...booking, perBookerKind: { ...booking.perBookerKind } },
    // Empty on the wire means every kind, which the domain says by leaving it out.
    ...(allowedBookerKinds.length > 0 ? { allowedBookerKinds } : {}),
    partIds: [...dto.partIds],
  };
}

function toPolicyBooking(dto: BookingContext["bookings"][number]): PolicyBooking {
  return { ...dto, start: new Date(dto.start), end: new Date(dto.end) };
}

function toInterval(dto: { start: string; end: string }): { start: Date; end: Date } {
  return { start: new Date(dto.start), end: new Date(dto.end) };
}

const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

function toWeeklyInterval(dto: { weekday: number; opensMinute: number; closesMinute: number }): WeeklyInterval {
  const weekday = ISO_WEEKDAYS.find((day) => day === dto.weekday);
  if (weekday === undefined) throw new RangeError(`Not an ISO weekday: ${String(dto.weekday)}`);
  return { weekday, opensMinute: dto.opensMinute, closesMinute: dto.closesMinute };
}

/** "2026-12-25" → { year: 2026, month: 12, day: 25 }. */
function toLocalDate(text: string): LocalDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not a local date: ${text}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
