import { TZDate } from "@date-fns/tz";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const OSLO = "Europe/Oslo";

/** A calendar date in some zone, without a time. */
export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** The calendar date an instant falls on in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

/** The ISO weekday of a calendar date (independent of any time zone). */
export function isoWeekdayOf(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/** Minutes after local midnight of an instant in a time zone. */
export function wallMinutesOf(instant: Date, timeZone: string): number {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return zoned.getHours() * 60 + zoned.getMinutes();
}
