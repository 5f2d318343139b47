import { z } from "zod";
import { Id, IsoWeekday, WallTime } from "./common";

export const FormerMunicipality = z.enum(["asker", "royken", "hurum"]);
export type FormerMunicipality = z.infer<typeof FormerMunicipality>;

/** A weekly interval in the centre's wall-clock time. */
export const WeeklyHours = z.object({
  weekday: IsoWeekday,
  opens: WallTime,
  closes: WallTime,
});
export type WeeklyHours = z.infer<typeof WeeklyHours>;

export const Centre = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  address: z.object({
    street: z.string(),
    postalCode: z.string(),
    postalTown: z.string(),
  }),
  formerMunicipality: FormerMunicipality,
  timeZone: z.string(),
  /** Demo data: the centre is real, its rooms, hours and people are invented. */
  isDemo: z.boolean(),
  openingHours: z.array(WeeklyHours),
  /** When a host is at the front desk. */
  staffedHours: z.array(WeeklyHours),
});
export type Centre = z.infer<typeof Centre>;

export const CentreList = z.array(Centre);
export type CentreList = z.infer<typeof CentreList>;

export const CentrePathParams = z.object({ id: Id });
