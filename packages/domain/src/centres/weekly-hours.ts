import { MINUTES_PER_DAY } from "../time/wall-time";
import { isoWeekdayOf, localDateOf, wallMinutesOf, type IsoWeekday, type LocalDate } from "../time/zoned";

/** A recurring weekly interval in a centre's wall-clock time (opening or staffed hours). */
export interface WeeklyInterval {
  weekday: IsoWeekday;
  opensMinute: number;
  closesMinute: number;
}

export type WeeklyHoursProblem = "weekday_out_of_range" | "time_out_of_range" | "closes_before_opens" | "overlapping";

/** Checks a week of intervals; returns the problems found, each with the index of the interval. */
export function validateWeeklyHours(hours: readonly WeeklyInterval[]): { index: number; problem: WeeklyHoursProblem }[] {
  const problems: { index: number; problem: WeeklyHoursProblem }[] = [];
  hours.forEach((interval, index) => {
    if (!Number.isInteger(interval.weekday) || interval.weekday < 1 || interval.weekday > 7) {
      problems.push({ index, problem: "weekday_out_of_range" });
    } else if (!inDay(interval.opensMinute) || !inDay(interval.closesMinute)) {
      problems.push({ index, problem: "time_out_of_range" });
    } else if (interval.closesMinute <= interval.opensMinute) {
      problems.push({ index, problem: "closes_before_opens" });
    } else if (hours.some((other, j) => j < index && overlaps(other, interval))) {
      problems.push({ index, problem: "overlapping" });
    }
  });
  return problems;
}

/** The intervals of one weekday, sorted by opening time. */
export function hoursOnWeekday(hours: readonly WeeklyInterval[], weekday: IsoWeekday): WeeklyInterval[] {
  return hours.filter((interval) => interval.weekday === weekday).sort((a, b) => a.opensMinute - b.opensMinute);
}

/** The intervals of one calendar date, sorted by opening time. */
export function hoursOnDate(hours: readonly WeeklyInterval[], date: LocalDate): WeeklyInterval[] {
  return hoursOnWeekday(hours, isoWeekdayOf(date));
}

export interface DayStatus {
  date: LocalDate;
  intervals: WeeklyInterval[];
  /** True when `now` falls inside one of today's intervals. */
  openNow: boolean;
}

/** Today's intervals in the centre's time zone, and whether it is open right now. */
export function todayAt(hours: readonly WeeklyInterval[], now: Date, timeZone: string): DayStatus {
  const date = localDateOf(now, timeZone);
  const intervals = hoursOnDate(hours, date);
  const minute = wallMinutesOf(now, timeZone);
  const openNow = intervals.some((interval) => interval.opensMinute <= minute && minute < interval.closesMinute);
  return { date, intervals, openNow };
}

function inDay(minute: number): boolean {
  return Number.isInteger(minute) && minute >= 0 && minute <= MINUTES_PER_DAY;
}

function overlaps(a: WeeklyInterval, b: WeeklyInterval): boolean {
  return a.weekday === b.weekday && a.opensMinute < b.closesMinute && b.opensMinute < a.closesMinute;
}
