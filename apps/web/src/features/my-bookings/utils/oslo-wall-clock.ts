import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format } from "date-fns";

/** A booking's times as the fields of the edit form show them: the date and the times on Oslo's clock. */
export interface WallClockTimes {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  start: string;
  /** HH:mm */
  end: string;
}

export function toWallClock(start: string, end: string, timeZone: string = OSLO): WallClockTimes {
  const from = new TZDate(start, timeZone);
  const to = new TZDate(end, timeZone);
  return { date: format(from, "yyyy-MM-dd"), start: format(from, "HH:mm"), end: format(to, "HH:mm") };
}

/**
 * The instants of a date and two times on Oslo's clock (ISO 8601 with the offset of that day). An end at or
 * before the start is `null`: a booking ends after it begins, on the same day.
 */
export function fromWallClock(
  times: WallClockTimes,
  timeZone: string = OSLO,
): { start: string; end: string } | null {
  const [year, month, day] = times.date.split("-").map(Number);
  const instant = (time: string) => {
    const [hours, minutes] = time.split(":").map(Number);
    if (year === undefined || month === undefined || day === undefined || hours === undefined || minutes === undefined) return null;
    const value = new TZDate(year, month - 1, day, hours, minutes, timeZone);
    return Number.isNaN(value.getTime()) ? null : value;
  };
  const start = instant(times.start);
  const end = instant(times.end);
  if (!start || !end || end.getTime() <= start.getTime()) return null;
  return { start: start.toISOString(), end: end.toISOString() };
}
