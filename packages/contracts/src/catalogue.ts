import { z } from "zod";
import { Id } from "./common";
import { Visibility } from "./bookings";

export const Sensitivity = z.enum(["open", "discreet", "shielded", "security"]);

/** An activity type of the catalogue: what a booking is for. */
export const ActivityType = z.object({
  id: Id,
  slug: z.string(),
  name: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
  /** open; discreet (closed rooms only); shielded and security (never at a citizen square). */
  sensitivity: Sensitivity,
  tags: z.array(z.string()),
  /** Targeted (specialised) services reach only some groups; broad ones reach everyone. */
  targeted: z.boolean(),
  defaultVisibility: Visibility,
});
export type ActivityType = z.infer<typeof ActivityType>;
export const ActivityTypeList = z.array(ActivityType);

export const ActivityTypePathParams = z.strictObject({ id: Id });

const Tag = z.string().regex(/^[a-z0-9_-]{1,40}$/, "A tag is 1–40 lower-case letters, digits, '_' or '-'.");

/** An admin's change to an activity type's classification; at least one field. */
export const UpdateActivityType = z
  .strictObject({
    sensitivity: Sensitivity.optional(),
    tags: z.array(Tag).max(20).optional(),
    targeted: z.boolean().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "Change at least one field." });
export type UpdateActivityType = z.infer<typeof UpdateActivityType>;
