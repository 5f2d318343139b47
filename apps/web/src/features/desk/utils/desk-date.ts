import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { addDays, format } from "date-fns";
import { dateLocale } from "../../../lib/date-locale";

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Oslo, "yyyy-MM-dd", whatever the browser's zone. */
export function osloToday(now: Date): string {
  return format(new TZDate(now.getTime(), OSLO), "yyyy-MM-dd");
}

function noonOf(date: string): TZDate {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return new TZDate(year, month - 1, day, 12, OSLO);
}

/** Whether the text is a real calendar date, "yyyy-MM-dd". */
export function isDateText(text: string | null): text is string {
  return text !== null && DATE_TEXT.test(text) && format(noonOf(text), "yyyy-MM-dd") === text;
}

/** The date `days` days after (or before) `date`, both "yyyy-MM-dd" Oslo dates. */
export function shiftDay(date: string, days: number): string {
  return format(addDays(noonOf(date), days), "yyyy-MM-dd");
}

/** "torsdag 12. mars 2026". */
export function formatDay(date: string, language: string): string {
  return format(noonOf(date), "EEEE PPP", { locale: dateLocale(language) });
}

/** "18:00–20:00" in Oslo. */
export function formatTimeRange(start: string, end: string): string {
  return `${format(new TZDate(start, OSLO), "HH:mm")}–${format(new TZDate(end, OSLO), "HH:mm")}`;
}

/** "torsdag 12. mars 2026, 18:00–20:00" in Oslo (the date of the start). */
export function formatWhen(start: string, end: string, language: string): string {
  const day = format(new TZDate(start, OSLO), "EEEE PPP", { locale: dateLocale(language) });
  return `${day}, ${formatTimeRange(start, end)}`;
}

/** "12. mars 2026, 09:00" in Oslo. */
export function formatInstant(instant: string, language: string): string {
  return format(new TZDate(instant, OSLO), "PPP, HH:mm", { locale: dateLocale(language) });
}
