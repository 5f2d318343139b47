// When a centre (or one of its spaces) is open, as instant intervals.
import { clamp, isEmpty, merge, subtractAll, type Interval } from "../time/interval";
import { formatLocalDate, localDatesOf } from "../time/local-date";
import { wallDayIntervals } from "../time/wall-clock-instant";
import { OSLO, type LocalDate } from "../time/zoned";
import { hoursOnDate, type WeeklyInterval } from "./weekly-hours";

export interface OpeningRules {
  /** Weekly opening hours in the centre's wall-clock time. */
  weeklyHours: readonly WeeklyInterval[];
  /** Closures and maintenance blocks (of the centre and, for one space, of that space). */
  closures?: readonly Interval[];
  /** Public holidays; the centre is closed on them unless `openOnHolidays`. */
  holidays?: readonly LocalDate[];
  openOnHolidays?: boolean;
  /** Defaults to Europe/Oslo. */
  timeZone?: string;
}

/**
 * The open intervals inside `range`: sorted, disjoint. An instant is open when its wall-clock time (on its own
 * date, in the zone) lies in one of that weekday's intervals, its date is not a holiday (unless open on
 * holidays), and no closure covers it. So opening hours follow the wall clock on DST days (a skipped hour is
 * never open, a repeated one is open twice), and a day open until 24:00 joins the next one open from 00:00.
 */
export function openIntervals(rules: OpeningRules, range: Interval): Interval[] {
  if (isEmpty(range)) return [];
  const timeZone = rules.timeZone ?? OSLO;
  const holidays = new Set((rules.holidays ?? []).map(formatLocalDate));
  const pieces: Interval[] = [];
  for (const date of localDatesOf(range, timeZone)) {
    if (!rules.openOnHolidays && holidays.has(formatLocalDate(date))) continue;
    for (const hours of hoursOnDate(rules.weeklyHours, date)) {
      pieces.push(...wallDayIntervals(date, hours.opensMinute, hours.closesMinute, timeZone));
    }
  }
  return subtractAll(clamp(merge(pieces), range), rules.closures ?? []);
}

/** The holidays (as dates) that close the centre somewhere inside `range`. */
export function closingHolidaysIn(rules: OpeningRules, range: Interval): LocalDate[] {
  if (rules.openOnHolidays) return [];
  const holidays = new Set((rules.holidays ?? []).map(formatLocalDate));
  return localDatesOf(range, rules.timeZone ?? OSLO).filter((date) => holidays.has(formatLocalDate(date)));
}
