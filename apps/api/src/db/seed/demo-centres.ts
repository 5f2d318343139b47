// Demo data. The seven centres and their places are real; street addresses, opening hours and staffing
// are invented for demonstration and marked `isDemo`. Postal codes are those of the places; coordinates are
// roughly those of each place's centre (good enough for "nearest centre", not for finding the door).
import type { FormerMunicipality, IsoWeekday } from "@sambruk/domain";

export interface DemoCentre {
  slug: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  postalTown: string;
  formerMunicipality: FormerMunicipality;
  latitude: number;
  longitude: number;
  /** Per ISO weekday: [opens, closes] as "HH:mm"; a missing day is closed. */
  opening: Week;
  staffed: Week;
}

type Week = Partial<Record<IsoWeekday, readonly [string, string]>>;

const weekdays = (opens: string, closes: string): Week => {
  const day = [opens, closes] as const;
  return { 1: day, 2: day, 3: day, 4: day, 5: day };
};

const large: Week = { ...weekdays("08:00", "21:00"), 6: ["10:00", "16:00"], 7: ["12:00", "16:00"] };
const small: Week = { ...weekdays("08:00", "20:00"), 6: ["10:00", "15:00"] };
const staffedLong: Week = { ...weekdays("09:00", "15:00"), 2: ["09:00", "19:00"], 4: ["09:00", "19:00"] };
const staffedShort: Week = { ...weekdays("10:00", "14:00"), 3: ["10:00", "18:00"] };

export const demoCentres: DemoCentre[] = [
  { slug: "tofte", name: "Tofte", streetAddress: "Torget 1", postalCode: "3482", postalTown: "Tofte", formerMunicipality: "hurum", latitude: 59.5434, longitude: 10.5633, opening: small, staffed: staffedShort },
  { slug: "saetre", name: "Sætre", streetAddress: "Storgata 10", postalCode: "3475", postalTown: "Sætre", formerMunicipality: "hurum", latitude: 59.6815, longitude: 10.525, opening: small, staffed: staffedShort },
  { slug: "slemmestad", name: "Slemmestad", streetAddress: "Sentrumsveien 5", postalCode: "3470", postalTown: "Slemmestad", formerMunicipality: "royken", latitude: 59.7815, longitude: 10.4951, opening: large, staffed: staffedLong },
  { slug: "spikkestad", name: "Spikkestad", streetAddress: "Stasjonsveien 2", postalCode: "3430", postalTown: "Spikkestad", formerMunicipality: "royken", latitude: 59.7456, longitude: 10.3413, opening: small, staffed: staffedShort },
  { slug: "holmen", name: "Holmen", streetAddress: "Holmensenteret 3", postalCode: "1394", postalTown: "Nesbru", formerMunicipality: "asker", latitude: 59.8538, longitude: 10.4927, opening: small, staffed: staffedShort },
  { slug: "heggedal", name: "Heggedal", streetAddress: "Heggedalsveien 8", postalCode: "1389", postalTown: "Heggedal", formerMunicipality: "asker", latitude: 59.7846, longitude: 10.4436, opening: small, staffed: staffedShort },
  { slug: "asker-sentrum", name: "Asker sentrum", streetAddress: "Torvet 1", postalCode: "1384", postalTown: "Asker", formerMunicipality: "asker", latitude: 59.8333, longitude: 10.4372, opening: large, staffed: staffedLong },
];
