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
