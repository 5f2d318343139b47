import { AccessibilityFeature, type Space } from "@sambruk/contracts";

export type AccessibilityFeatureName = Space["accessibility"][number];
import { parseWallTime } from "@sambruk/domain";

/** What the visitor looks for; kept in the address (Norwegian parameter names), so back and reload work. */
export interface FindRoomFilters {
  /** One centre, or null for all. */
  centreId: string | null;
  /** A day of the wanted week, "yyyy-MM-dd"; the week shown starts on its Monday. */
  date: string;
  /** Wall-clock window of each day, "HH:mm". */
  from: string;
  to: string;
  durationMinutes: number;
  /** The least capacity, or null for any. */
  attendees: number | null;
  equipment: string[];
  accessibility: AccessibilityFeatureName[];
}

export const DURATIONS = [30, 60, 90, 120, 180, 240] as const;
export const EQUIPMENT = ["screen", "video_meeting", "projector", "sound_system", "whiteboard", "kitchen", "piano"] as const;
export const ACCESSIBILITY = AccessibilityFeature.options;

const DEFAULT_FROM = "08:00";
const DEFAULT_TO = "22:00";
const DEFAULT_DURATION = 60;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

const list = (value: string | null) => (value ?? "").split(",").map((part) => part.trim()).filter(Boolean);

/** Reads the filters from the address; anything missing or malformed falls back to a default. */
export function filtersFromParams(params: URLSearchParams, today: string): FindRoomFilters {
  const centre = params.get("sentre");
  const date = params.get("dato");
  let from = params.get("fra");
  let to = params.get("til");
  const fromMinutes = from === null ? null : parseWallTime(from);
  const toMinutes = to === null ? null : parseWallTime(to);
  if (fromMinutes === null) from = DEFAULT_FROM;
  if (toMinutes === null) to = DEFAULT_TO;
  if (fromMinutes !== null && toMinutes !== null && fromMinutes >= toMinutes) {
    from = DEFAULT_FROM;
    to = DEFAULT_TO;
  }
  const duration = Number(params.get("varighet"));
  const attendees = Number(params.get("personer"));
  return {
    centreId: centre && ID.test(centre) ? centre : null,
    date: date && DATE.test(date) && !Number.isNaN(Date.parse(date)) ? date : today,
    from: from ?? DEFAULT_FROM,
    to: to ?? DEFAULT_TO,
    durationMinutes: Number.isInteger(duration) && duration >= 15 && duration <= 24 * 60 ? duration : DEFAULT_DURATION,
    attendees: Number.isInteger(attendees) && attendees >= 1 && attendees <= 10_000 ? attendees : null,
    equipment: list(params.get("utstyr")).filter((item) => /^[a-z_]{1,40}$/.test(item)),
    accessibility: list(params.get("tilgang")).flatMap((item) => {
      const parsed = AccessibilityFeature.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

/** The filters as address parameters; `rest` keeps other parameters (the view, the chosen space). */
export function filtersToParams(filters: FindRoomFilters, rest?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.centreId) params.set("sentre", filters.centreId);
  params.set("dato", filters.date);
  params.set("fra", filters.from);
  params.set("til", filters.to);
  params.set("varighet", String(filters.durationMinutes));
  if (filters.attendees !== null) params.set("personer", String(filters.attendees));
  if (filters.equipment.length > 0) params.set("utstyr", filters.equipment.join(","));
  if (filters.accessibility.length > 0) params.set("tilgang", filters.accessibility.join(","));
  for (const key of ["visning", "rom"]) {
    const value = rest?.get(key);
    if (value) params.set(key, value);
  }
  return params;
}
