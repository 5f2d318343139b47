import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format, isSameDay, type Locale } from "date-fns";

/**
 * When a booking is, on the wall clock of Oslo (where every centre is), 24-hour:
 * "torsdag 12. mars 2026, 10:00–12:00", or both dates when it runs past midnight.
 */
export function formatBookingTime(start: string, end: string, locale: Locale, timeZone: string = OSLO): string {
  const from = new TZDate(start, timeZone);
  const to = new TZDate(end, timeZone);
  const date = (value: Date) => format(value, "PPPP", { locale });
  const time = (value: Date) => format(value, "HH:mm", { locale });
  if (isSameDay(from, to)) return `${date(from)}, ${time(from)}–${time(to)}`;
  return `${date(from)}, ${time(from)} – ${date(to)}, ${time(to)}`;
}
