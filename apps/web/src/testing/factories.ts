import { Centre, type FormerMunicipality, type WeeklyHours } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";

/** Weekdays 08–20, Saturday 10–16, closed on Sunday. */
export const standardOpening: WeeklyHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "20:00" })),
  { weekday: 6, opens: "10:00", closes: "16:00" },
];

/** A host at the desk on weekdays 09–15. */
export const standardStaffing: WeeklyHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: "09:00",
  closes: "15:00",
}));

let sequence = 0;

/** A centre that satisfies the contract; override what a test is about. */
export function buildCentre(overrides: Partial<Centre> = {}): Centre {
  sequence += 1;
  const n = String(sequence);
  const number = n.padStart(12, "0");
  return Centre.parse({
    id: `00000000-0000-4000-8000-${number}`,
    slug: `centre-${n}`,
    name: `Senter ${n}`,
    address: { street: `Torget ${n}`, postalCode: "1384", postalTown: "Asker" },
    formerMunicipality: "asker",
    timeZone: OSLO,
    isDemo: true,
    openingHours: standardOpening,
    staffedHours: standardStaffing,
    ...overrides,
  });
}

const seven: [string, FormerMunicipality][] = [
  ["Tofte", "hurum"],
  ["Sætre", "hurum"],
  ["Slemmestad", "royken"],
  ["Spikkestad", "royken"],
  ["Holmen", "asker"],
  ["Heggedal", "asker"],
  ["Asker sentrum", "asker"],
];

/** The seven local centres with standard hours. */
export function sevenCentres(overrides: Partial<Centre> = {}): Centre[] {
  return seven.map(([name, formerMunicipality]) => buildCentre({ name, formerMunicipality, ...overrides }));
}
