import { TZDate } from "@date-fns/tz";
import { format, formatISO, isValid } from "date-fns";
import { OSLO } from "@sambruk/domain";

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

/** The Oslo wall clock of an instant ("2026-03-17T17:00:00Z" → 2026-03-17, 18:00), or null if unreadable. */
export function wallClockOf(instant: string | null | undefined, timeZone = OSLO): WallClock | null {
  if (!instant) return null;
  const date = new TZDate(instant, timeZone);
  if (!isValid(date)) return null;
  return { date: format(date, "yyyy-MM-dd"), time: format(date, "HH:mm") };
}

/** "18:00", "18.00", "1800" and "18" → "18:00"; null when it is no time of day (24:00 is the end of the day). */
export function normaliseTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The instant, with its offset, at which the wall clock in Oslo shows `time` on `date`; null if unreadable. */
export function instantOf(date: string, time: string, timeZone = OSLO): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = normaliseTime(time);
  if (!day || clock === null) return null;
  const [hours, minutes] = clock.split(":").map(Number) as [number, number];
  const zoned = new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), hours, minutes, timeZone);
  if (!isValid(zoned)) return null;
  // 24:00 is midnight at the end of the day; any other time must stay on the given day (no 31 February).
  if (hours < 24 && format(zoned, "yyyy-MM-dd") !== date) return null;
  return formatISO(zoned);
}
