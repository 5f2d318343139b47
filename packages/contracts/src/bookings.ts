import { z } from "zod";
import { commaList, Id, Instant } from "./common";
import { Problem } from "./problem";

export const BookingStatus = z.enum(["requested", "confirmed", "checked_in", "cancelled", "rejected", "released", "bumped"]);
export type BookingStatus = z.infer<typeof BookingStatus>;
export const Visibility = z.enum(["public", "busy_only"]);
export const BookingSource = z.enum(["web", "api", "front_desk", "series"]);

const Title = z.string().trim().min(1).max(120);
const Description = z.string().trim().max(2000);
const Attendees = z.number().int().min(1).max(10_000);

/** POST /bookings and POST /bookings/check. */
export const CreateBooking = z.strictObject({
  spaceId: Id,
  organisationId: Id,
  activityTypeId: Id,
  title: Title,
  description: Description.optional(),
  expectedAttendees: Attendees,
  start: Instant,
  end: Instant,
  /** Default: the activity type's default visibility. */
  visibility: Visibility.optional(),
});
export type CreateBooking = z.infer<typeof CreateBooking>;

/** PATCH /bookings/{id}: move or edit; send only what changes, with If-Match: "<version>". */
export const UpdateBooking = z
  .strictObject({
    spaceId: Id,
    title: Title,
    description: Description.nullable(),
    expectedAttendees: Attendees,
    start: Instant,
    end: Instant,
    visibility: Visibility,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Nothing to change" });
export type UpdateBooking = z.infer<typeof UpdateBooking>;

/** A booking as anyone may see it: busy-only bookings show no title, resident bookers no name. */
export const Booking = z.object({
  id: Id,
  centreId: Id,
  spaceId: Id,
  status: BookingStatus,
  visibility: Visibility,
  start: Instant,
  end: Instant,
  title: z.string().nullable(),
  organisation: z.object({ id: Id, name: z.string() }).nullable(),
  activityTypeId: Id,
  expectedAttendees: z.number().int(),
  version: z.number().int().min(1),
  source: BookingSource,
  createdAt: Instant,
  updatedAt: Instant,
});
export type Booking = z.infer<typeof Booking>;
export const BookingList = z.array(Booking);

export const BookingQuery = z.strictObject({
  centreId: Id.optional(),
  spaceId: Id.optional(),
  from: Instant,
  to: Instant,
  /** Comma-separated statuses; default: every status. */
  status: commaList.pipe(z.array(BookingStatus)).optional(),
});
export type BookingQuery = z.infer<typeof BookingQuery>;

/** What a rule says about a request; `code` is stable and translated by the clients. */
export const Finding = z.object({
  code: z.string(),
  pointer: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Alternative = z.object({
  kind: z.enum(["same_space", "same_centre", "other_centre"]),
  centreId: Id,
  spaceId: Id,
  start: Instant,
  end: Instant,
});
export type Alternative = z.infer<typeof Alternative>;

export const Interval = z.object({ start: Instant, end: Instant });

/** POST /bookings/check: what POST /bookings would do, nothing written. */
export const BookingCheck = z.object({
  outcome: z.enum(["confirmed", "requested", "conflict", "refused"]),
  findings: z.array(Finding),
  conflicts: z.array(Interval),
  alternatives: z.array(Alternative),
});
export type BookingCheck = z.infer<typeof BookingCheck>;

/** 409: the time is taken. */
export const ConflictProblem = Problem.extend({ conflicts: z.array(Interval), alternatives: z.array(Alternative) });
/** 422: a rule refuses the request. */
export const RefusedProblem = Problem.extend({ findings: z.array(Finding) });
