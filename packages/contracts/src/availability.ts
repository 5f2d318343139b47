import { z } from "zod";
import { Id, Instant } from "./common";

export const SlotState = z.enum(["free", "busy", "tentative", "closed"]);

/** Free/busy time of one space: no titles, no organisations, no people. */
export const SpaceAvailability = z.object({
  spaceId: Id,
  segments: z.array(z.object({ start: Instant, end: Instant, state: SlotState })),
});
export const Availability = z.object({
  from: Instant,
  to: Instant,
  spaces: z.array(SpaceAvailability),
});
export type Availability = z.infer<typeof Availability>;

const HOUR_MS = 3_600_000;
/** The longest range one request may ask for: 31 days, plus the hour an autumn clock change adds to a month. */
export const MAX_AVAILABILITY_RANGE_MS = 31 * 24 * HOUR_MS + HOUR_MS;

export const AvailabilityQuery = z
  .strictObject({
    centreId: Id.optional(),
    spaceId: Id.optional(),
    from: Instant,
    to: Instant,
  })
  .superRefine((query, ctx) => {
    if (Boolean(query.centreId) === Boolean(query.spaceId)) {
      ctx.addIssue({ code: "custom", message: "Give exactly one of centreId and spaceId", path: ["centreId"] });
    }
    const length = Date.parse(query.to) - Date.parse(query.from);
    if (Number.isNaN(length)) return; // a malformed instant, reported on its own field
    if (length <= 0) {
      ctx.addIssue({ code: "custom", message: "to must be after from", path: ["to"] });
    } else if (length > MAX_AVAILABILITY_RANGE_MS) {
      ctx.addIssue({ code: "custom", message: "The range may span at most 31 days", path: ["to"] });
    }
  });
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;
