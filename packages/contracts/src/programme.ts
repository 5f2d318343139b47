import { z } from "zod";
import { Id, Instant } from "./common";

/** Who an item of the programme is for, from its activity type's tags; "everyone" when none says otherwise. */
export const Audience = z.enum(["everyone", "children", "youth", "adults", "seniors"]);
export type Audience = z.infer<typeof Audience>;

/** What kind of item: an event, drop-in hours, a course, or another public activity. */
export const ProgrammeKind = z.enum(["event", "drop_in", "course", "activity"]);
export type ProgrammeKind = z.infer<typeof ProgrammeKind>;

/** The longest range GET /programme answers for in one request. */
export const MAX_PROGRAMME_DAYS = 31;

/** A public query's `from`–`to`: `to` after `from`, at most MAX_PROGRAMME_DAYS days apart. */
export function withinProgrammeRange(query: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const span = Date.parse(query.to) - Date.parse(query.from);
  if (!(span > 0)) ctx.addIssue({ code: "custom", path: ["to"], message: "`to` must be after `from`" });
  if (span > MAX_PROGRAMME_DAYS * 24 * 3600_000) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `The range may span at most ${MAX_PROGRAMME_DAYS} days` });
  }
}

/** Where a public item is, with the room's accessibility; null for a discreet service (ask at the front desk). */
export const PublicPlace = z
  .object({
    id: Id,
    name: z.string(),
    accessibility: z.object({ stepFree: z.boolean(), hearingLoop: z.boolean(), accessibleWc: z.boolean() }),
  })
  .nullable();

/** An activity type as public items name it. */
export const PublicActivityType = z.object({ id: Id, slug: z.string(), name: z.object({ nb: z.string(), nn: z.string(), en: z.string() }) });

/** GET /programme: one centre or all, a range of at most MAX_PROGRAMME_DAYS days, optionally one audience. */
export const ProgrammeQuery = z
  .strictObject({
    centreId: Id.optional(),
    from: Instant,
    to: Instant,
    audience: Audience.optional(),
  })
  .superRefine(withinProgrammeRange);
export type ProgrammeQuery = z.infer<typeof ProgrammeQuery>;

/**
 * A public booking as the programme ("Hva skjer") shows it: what, when, where, by whom. Never busy-only
 * bookings, never who booked, never the description (free text may hold personal data). For a discreet
 * service the room is not named (`space` is null: ask at the front desk).
 */
export const ProgrammeItem = z.object({
  bookingId: Id,
  centre: z.object({ id: Id, name: z.string() }),
  space: PublicPlace,
  start: Instant,
  end: Instant,
  title: z.string(),
  activityType: PublicActivityType,
  kind: ProgrammeKind,
  audiences: z.array(Audience).min(1),
  /** The organiser; null for residents (a resident's "organisation" is the person). */
  organiser: z.string().nullable(),
  status: z.enum(["confirmed", "checked_in"]),
});
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;
export const Programme = z.array(ProgrammeItem);
