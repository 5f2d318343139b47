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

export const AvailabilityQuery = z
  .strictObject({
    centreId: Id.optional(),
    spaceId: Id.optional(),
    from: Instant,
    to: Instant,
  })
  .refine((query) => Boolean(query.centreId) !== Boolean(query.spaceId), {
    message: "Give exactly one of centreId and spaceId",
    path: ["centreId"],
  });
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;
