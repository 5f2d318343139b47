import { z } from "zod";
import { Finding, Visibility } from "./bookings";
import { Id, Instant, WallTime } from "./common";
import { DropInSettings } from "./drop-ins";

/** A calendar date in the centre's zone, "2027-09-07". */
export const LocalDateText = z.iso.date();

/** The most occurrences one series may have (a weekly series runs about two years). */
export const MAX_SERIES_OCCURRENCES = 110;

/**
 * An RFC 5545 recurrence rule without DTSTART (the series' `firstDate` is its start): FREQ DAILY, WEEKLY or
 * MONTHLY, with INTERVAL, BYDAY (also "2TU"), BYMONTHDAY, BYSETPOS, and UNTIL (a date) or COUNT. The API
 * checks the rule in full; this only bounds its size.
 */
export const RRuleText = z
  .string()
  .trim()
  .min(9)
  .max(300)
  .regex(/^(RRULE:)?FREQ=/, "Expected an RRULE such as FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627");

const Title = z.string().trim().min(1).max(120);
const Description = z.string().trim().max(2000);
const Attendees = z.number().int().min(1).max(10_000);

const seriesFields = {
  spaceId: Id,
  organisationId: Id,
  activityTypeId: Id,
  title: Title,
  description: Description.optional(),
  expectedAttendees: Attendees,
  /** Default: the activity type's default visibility. */
  visibility: Visibility.optional(),
  firstDate: LocalDateText,
  /** Wall-clock times in the centre's zone: 18:00 stays 18:00 across daylight-saving changes. */
  startTime: WallTime,
  endTime: WallTime,
  rrule: RRuleText,
  /** A drop-in window series: the service's settings for each window. */
  dropIn: DropInSettings.optional(),
};

function endAfterStart(value: { startTime?: string | undefined; endTime?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.startTime !== undefined && value.endTime !== undefined && value.endTime !== "24:00" && value.endTime <= value.startTime) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "`endTime` must be after `startTime`" });
  }
}

/** POST /series/preview. */
export const SeriesInput = z.strictObject(seriesFields).superRefine(endAfterStart);
export type SeriesInput = z.infer<typeof SeriesInput>;

/** POST /series: the input, and the dates the user commits (default: every occurrence the preview found ok). */
export const CreateSeries = z
  .strictObject({ ...seriesFields, dates: z.array(LocalDateText).min(1).max(MAX_SERIES_OCCURRENCES).optional() })
  .superRefine(endAfterStart);
export type CreateSeries = z.infer<typeof CreateSeries>;

/**
 * Why an occurrence is skipped: the centre is `closed` (a closure or no opening hours that day), a public
 * `holiday`, an `overlap` with a booking that holds the time, a `rule` of the shared-use rules refuses it (the
 * findings say which), or `priority`: a request of a higher priority tier is waiting for the same time.
 */
export const SkipReason = z.enum(["closed", "holiday", "overlap", "rule", "priority"]);
export type SkipReason = z.infer<typeof SkipReason>;

/** What an occurrence collides with, as the booker may see it (a busy-only booking has no title or organiser). */
export const Collision = z.object({
  start: Instant,
  end: Instant,
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  status: z.enum(["requested", "confirmed", "checked_in"]),
});
export type Collision = z.infer<typeof Collision>;

export const OccurrencePreview = z.object({
  date: LocalDateText,
  start: Instant,
  end: Instant,
  status: z.enum(["ok", "skipped"]),
  /** For an ok occurrence: confirmed at once, or requested (the front desk decides; `findings` says why). */
  bookingStatus: z.enum(["confirmed", "requested"]).nullable(),
  reason: SkipReason.nullable(),
  findings: z.array(Finding),
  collidesWith: z.array(Collision),
});
export type OccurrencePreview = z.infer<typeof OccurrencePreview>;

/** 200 from POST /series/preview: every occurrence with its status; nothing written. */
export const SeriesPreview = z.object({
  occurrences: z.array(OccurrencePreview),
  ok: z.number().int(),
  skipped: z.number().int(),
  /** The rule in plain words, e.g. { nb: "Hver tirsdag til 27. juni 2028" }. */
  description: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
});
export type SeriesPreview = z.infer<typeof SeriesPreview>;

export const SeriesOccurrence = z.object({
  date: LocalDateText,
  start: Instant,
  end: Instant,
  state: z.enum(["booked", "skipped", "cancelled"]),
  reason: SkipReason.nullable(),
  findings: z.array(Finding),
  collidesWith: z.array(Collision),
  booking: z
    .object({ id: Id, status: z.enum(["requested", "confirmed", "checked_in", "cancelled", "rejected", "released", "bumped"]), version: z.number().int() })
    .nullable(),
  /** A closure or holiday that came after the occurrence was booked: the organiser should act on it. */
  notice: z.object({ code: z.enum(["closed", "holiday"]), params: z.record(z.string(), z.string()) }).nullable(),
});
export type SeriesOccurrence = z.infer<typeof SeriesOccurrence>;

/** A series as its organisation, the front desk of its centre and admins see it. */
export const Series = z.object({
  id: Id,
  centreId: Id,
  spaceId: Id,
  organisation: z.object({ id: Id, name: z.string() }),
  activityTypeId: Id,
  title: z.string(),
  description: z.string().nullable(),
  expectedAttendees: z.number().int(),
  visibility: Visibility,
  firstDate: LocalDateText,
  startTime: WallTime,
  endTime: WallTime,
  rrule: z.string(),
  dropIn: DropInSettings.nullable(),
  status: z.enum(["active", "cancelled"]),
  version: z.number().int().min(1),
  occurrences: z.array(SeriesOccurrence),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Series = z.infer<typeof Series>;

export const SeriesPathParams = z.strictObject({ id: Id });

/** Which occurrences a change or cancellation applies to: one, this one and the following, or all. */
export const SeriesScope = z.enum(["occurrence", "following", "all"]);
export type SeriesScope = z.infer<typeof SeriesScope>;

function dateForScope(value: { scope: SeriesScope; date?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.scope !== "all" && value.date === undefined) {
    ctx.addIssue({ code: "custom", path: ["date"], message: "Give the occurrence's date for this scope" });
  }
}

export const SeriesChanges = z
  .strictObject({
    spaceId: Id,
    title: Title,
    description: Description.nullable(),
    expectedAttendees: Attendees,
    startTime: WallTime,
    endTime: WallTime,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { message: "Nothing to change" });

/**
 * PATCH /series/{id}, with If-Match: the series' version. `dryRun` reports, per occurrence in scope, whether the
 * change fits, and writes nothing. Otherwise `misfits` says what to do with occurrences the change no longer
 * fits: "refuse" (409 with the report, nothing applied), "keep" (they keep their current time) or "cancel".
 */
export const UpdateSeries = z
  .strictObject({
    scope: SeriesScope,
    date: LocalDateText.optional(),
    changes: SeriesChanges,
    dryRun: z.boolean().default(false),
    misfits: z.enum(["refuse", "keep", "cancel"]).default("refuse"),
  })
  .superRefine(dateForScope);
export type UpdateSeries = z.infer<typeof UpdateSeries>;

export const SeriesChangeOutcome = z.object({
  date: LocalDateText,
  start: Instant,
  end: Instant,
  outcome: z.enum(["fits", "conflict", "refused"]),
  findings: z.array(Finding),
  collidesWith: z.array(Collision),
});
export type SeriesChangeOutcome = z.infer<typeof SeriesChangeOutcome>;

/** 200 from PATCH /series/{id}: the report, and the series as it is now (unchanged after a dry run). */
export const SeriesChangeReport = z.object({
  applied: z.boolean(),
  occurrences: z.array(SeriesChangeOutcome),
  series: Series,
});
export type SeriesChangeReport = z.infer<typeof SeriesChangeReport>;

/** POST /series/{id}/cancel, with If-Match: the series' version. */
export const CancelSeries = z.strictObject({ scope: SeriesScope, date: LocalDateText.optional() }).superRefine(dateForScope);
export type CancelSeries = z.infer<typeof CancelSeries>;
