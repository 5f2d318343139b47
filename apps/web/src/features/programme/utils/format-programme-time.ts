import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format, isSameDay, type Locale } from "date-fns";

/** "10:30–11:15" on the wall clock of Oslo, 24-hour; the end's weekday too when it is on another day. */
export function formatProgrammeTime(start: string, end: string, locale: Locale, timeZone: string = OSLO): string {
  const from = new TZDate(Date.parse(start), timeZone);
  const to = new TZDate(Date.parse(end), timeZone);
  const time = (value: Date) => format(value, "HH:mm", { locale });
  if (isSameDay(from, to)) return `${time(from)}–${time(to)}`;
  return `${time(from)}–${format(to, "EEEE", { locale })} ${time(to)}`;
}

/** A day heading: "torsdag 12. mars 2026" in the language's own form. */
export function formatProgrammeDay(day: Date, locale: Locale): string {
  return format(day, "PPPP", { locale });
}
