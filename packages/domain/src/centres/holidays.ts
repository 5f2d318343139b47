// Norwegian public holidays (helligdager), from the maintained `date-holidays` data. The only file that calls
// the library; everything else takes plain LocalDate lists, so it stays testable with any holidays.
import Holidays from "date-holidays";
import { compareLocalDates, formatLocalDate } from "../time/local-date";
import type { LocalDate } from "../time/zoned";

export interface PublicHoliday {
  date: LocalDate;
  name: { nb: string; en: string };
}

const byYear = new Map<number, readonly PublicHoliday[]>();
let calendar: Holidays | null = null;

/** The public holidays of a year in Norway ("public" type only: not Christmas Eve, not flag days), by date. */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  calendar ??= new Holidays("NO", { types: ["public"] });
  const english = new Map(publicOnly(calendar.getHolidays(year, "en")).map((h) => [h.date.slice(0, 10), h.name]));
  const holidays = publicOnly(calendar.getHolidays(year, "no"))
    .map((h) => ({ date: parseDay(h.date), name: { nb: h.name, en: english.get(h.date.slice(0, 10)) ?? h.name } }))
    .sort((a, b) => compareLocalDates(a.date, b.date));
  byYear.set(year, holidays);
  return holidays;
}

/** The public holiday on a date, or null. */
export function publicHolidayOn(date: LocalDate): PublicHoliday | null {
  const key = formatLocalDate(date);
  return publicHolidays(date.year).find((h) => formatLocalDate(h.date) === key) ?? null;
}

export function isPublicHoliday(date: LocalDate): boolean {
  return publicHolidayOn(date) !== null;
}

/** The public holidays from `from` to `to`, both included (may span years). */
export function publicHolidaysBetween(from: LocalDate, to: LocalDate): PublicHoliday[] {
  const result: PublicHoliday[] = [];
  for (let year = from.year; year <= to.year; year += 1) {
    result.push(
      ...publicHolidays(year).filter((h) => compareLocalDates(h.date, from) >= 0 && compareLocalDates(h.date, to) <= 0),
    );
  }
  return result;
}

function publicOnly<T extends { type: string }>(list: T[]): T[] {
  return list.filter((h) => h.type === "public");
}

/** "2026-05-17 00:00:00" → { 2026, 5, 17 }. */
function parseDay(text: string): LocalDate {
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}
