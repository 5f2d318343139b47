import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import {
  addDays,
  formatLocalDate,
  isoWeekdayOf,
  localDateOf,
  resolveWallClock,
  instantAt,
  type LocalDate,
} from "@sambruk/domain";

export interface Week {
  /** Monday to Sunday, "yyyy-MM-dd". */
  days: string[];
  /** Monday 00:00 and the next Monday 00:00 on the zone's wall clock, as instants (ISO, UTC). */
  from: string;
  to: string;
}

export function parseLocalDate(text: string): LocalDate {
  const [year = 1970, month = 1, day = 1] = text.split("-").map(Number);
  return { year, month, day };
}

/** The Monday-first week that holds `date`, with its bounds as instants in `timeZone`. */
export function weekOf(date: string, timeZone: string): Week {
  const local = parseLocalDate(date);
  const monday = addDays(local, 1 - isoWeekdayOf(local));
  const midnight = (day: LocalDate) =>
    (resolveWallClock(instantAt(day, 0, timeZone), { ambiguous: "earlier", nonexistent: "transition" }) ?? new Date(NaN)).toISOString();
  return {
    days: Array.from({ length: 7 }, (_, index) => formatLocalDate(addDays(monday, index))),
    from: midnight(monday),
    to: midnight(addDays(monday, 7)),
  };
}

/** Today's date on the zone's wall clock, "yyyy-MM-dd". */
export function todayIn(now: Date, timeZone: string): string {
  return formatLocalDate(localDateOf(now, timeZone));
}

/** `date` moved by whole weeks. */
export function shiftWeeks(date: string, weeks: number): string {
  return formatLocalDate(addDays(parseLocalDate(date), weeks * 7));
}

/** The instant as ISO 8601 with the zone's offset on that day: "2026-12-01T18:00:00+01:00". */
export function isoWithOffset(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
