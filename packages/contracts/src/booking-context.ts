import { z } from "zod";
import { BookerKind, Space } from "./spaces";
import { BookingStatus } from "./bookings";
import { Id, Instant } from "./common";
import { OrganisationKind } from "./auth";
import { PolicyParametersDocument } from "./rules";

/** GET /spaces/{id}/booking-context: for whom, and around which time (at most 14 days). */
export const BookingContextQuery = z
  .strictObject({ organisationId: Id, from: Instant, to: Instant })
  .superRefine((query, ctx) => {
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (!(span > 0)) ctx.addIssue({ code: "custom", path: ["to"], message: "`to` must be after `from`" });
    if (span > 14 * 24 * 3600_000) ctx.addIssue({ code: "custom", path: ["to"], message: "The range may span at most 14 days" });
  });
export type BookingContextQuery = z.infer<typeof BookingContextQuery>;

const WeeklyInterval = z.object({ weekday: z.number().int().min(1).max(7), opensMinute: z.number().int(), closesMinute: z.number().int() });
const Interval = z.object({ start: Instant, end: Instant });

/**
 * Everything the shared-use rules in `packages/domain` read about a booking request, so the web can evaluate
 * them as the user types (the API evaluates again, authoritatively, on submit). Other organisations' bookings
 * carry no title and no owner: `ownerId` is the requesting organisation's id for its own bookings and "other"
 * for everyone else's.
 */
export const BookingContext = z.object({
  now: Instant,
  space: Space,
  spaces: z.array(Space),
  opening: z.object({
    weeklyHours: z.array(WeeklyInterval),
    closures: z.array(Interval),
    /** Local dates (YYYY-MM-DD) of public holidays in the range. */
    holidays: z.array(z.string()),
    openOnHolidays: z.boolean(),
    timeZone: z.string(),
  }),
  staffedHours: z.array(WeeklyInterval),
  parameters: PolicyParametersDocument,
  booker: z.object({
    kind: BookerKind,
    organisationKind: OrganisationKind.nullable(),
    ownerId: Id,
    verified: z.boolean(),
    keyAgreement: z.boolean(),
    houseService: z.boolean(),
  }),
  bookings: z.array(
    z.object({
      id: Id,
      spaceId: Id,
      status: BookingStatus,
      start: Instant,
      end: Instant,
      ownerId: z.string(),
      bookerKind: BookerKind,
      tags: z.array(z.string()),
      targeted: z.boolean(),
    }),
  ),
});
export type BookingContext = z.infer<typeof BookingContext>;
