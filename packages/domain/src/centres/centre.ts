import type { WeeklyInterval } from "./weekly-hours";

export type FormerMunicipality = "asker" | "royken" | "hurum";

/** A local centre (lokalsenter) with its innbyggertorg. */
export interface Centre {
  id: string;
  slug: string;
  name: string;
  address: { street: string; postalCode: string; postalTown: string };
  formerMunicipality: FormerMunicipality;
  timeZone: string;
  isDemo: boolean;
  openingHours: WeeklyInterval[];
  staffedHours: WeeklyInterval[];
}
