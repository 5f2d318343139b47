import { z } from "zod";
import { commaList, Id, Instant } from "./common";
import { DropInSettings } from "./drop-ins";
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
  /** Makes the booking a drop-in window of a service, published in the programme (see GET /dropins). */
  dropIn: DropInSettings.optional(),
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

/** A booking as its organisation, the front desk of its centre and admins see it: everything. */
export const BookingDetail = Booking.extend({
  title: z.string(),
  description: z.string().nullable(),
  activityTypeId: Id,
  organisation: z.object({ id: Id, name: z.string() }),
  bookedBy: z.object({ id: Id, displayName: z.string() }),
  /** The series the booking is an occurrence of. */
  seriesId: Id.nullable(),
  /** A drop-in window's settings (with the meeting link); null for other bookings. */
  dropIn: DropInSettings.nullable(),
});
export type BookingDetail = z.infer<typeof BookingDetail>;
export const BookingDetailList = z.array(BookingDetail);

/** GET /me/bookings: the caller's own bookings, or one organisation's they belong to; upcoming or past. */
export const MyBookingsQuery = z.strictObject({
  organisationId: Id.optional(),
  period: z.enum(["upcoming", "past"]).default("upcoming"),
});
export type MyBookingsQuery = z.infer<typeof MyBookingsQuery>;

/** The longest range GET /bookings answers for in one request. */
export const MAX_BOOKING_QUERY_DAYS = 92;
const DAY_MS = 24 * 3600_000;

/** GET /bookings: a centre or a space (or both), and a range of at most MAX_BOOKING_QUERY_DAYS days. */
export const BookingQuery = z
  .strictObject({
    centreId: Id.optional(),
    spaceId: Id.optional(),
    from: Instant,
    to: Instant,
    /** Comma-separated statuses; default: every status. */
    status: commaList.pipe(z.array(BookingStatus)).optional(),
  })
  .superRefine((query, ctx) => {
    if (!query.centreId && !query.spaceId) {
      ctx.addIssue({ code: "custom", path: ["centreId"], message: "Give a centreId or a spaceId" });
    }
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (!(span > 0)) ctx.addIssue({ code: "custom", path: ["to"], message: "`to` must be after `from`" });
    if (span > MAX_BOOKING_QUERY_DAYS * DAY_MS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `The range may span at most ${MAX_BOOKING_QUERY_DAYS} days` });
    }
  });
export type BookingQuery = z.infer<typeof BookingQuery>;

export const BookingPathParams = z.strictObject({ id: Id });

/**
 * POST /bookings: the client's key for safe retries, unique per user. A retry with the same key and the same
 * request gets the original status and body and creates nothing; with another request, 422
 * idempotency_key_reused. Only created bookings keep their key: after a 409 or 422 nothing was stored, so a
 * retry with that key is evaluated again.
 */
export const IdempotencyKeyHeader = z.object({ "idempotency-key": z.string().min(1).max(200) });

/** PATCH and cancel: the version the client last saw, as the booking's ETag ("3"). */
export const IfMatchHeader = z.object({
  "if-match": z.string().regex(/^"[1-9]\d{0,9}"$/, 'Expected the ETag of the booking, e.g. "3"'),
});

/** What a rule says about a request; `code` is stable and translated by the clients. */
export const Finding = z.object({
  code: z.string(),
  pointer: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** "refuse", "review" (the front desk decides) or "warn"; absent in a 422, where every finding refuses. */
  severity: z.enum(["refuse", "review", "warn"]).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** POST /bookings, 201 and 202: the booking, with the review reasons (202) or warnings (201) of the rules. */
export const CreatedBooking = Booking.extend({ findings: z.array(Finding) });
export type CreatedBooking = z.infer<typeof CreatedBooking>;

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
  /** The request's priority tier (1 the house's own activities … 4 residents); absent when the times are unreadable. */
  priority: z
    .object({ tier: z.number().int().min(1).max(4), label: z.enum(["house", "municipal_service", "volunteer_group", "resident"]) })
    .optional(),
});
export type BookingCheck = z.infer<typeof BookingCheck>;

/** 409: the time is taken. `conflicts`: the time each booking in the way occupies, its buffers included. */
export const ConflictProblem = Problem.extend({ conflicts: z.array(Interval), alternatives: z.array(Alternative) });
/** 422: a rule refuses the request. */
export const RefusedProblem = Problem.extend({ findings: z.array(Finding) });
