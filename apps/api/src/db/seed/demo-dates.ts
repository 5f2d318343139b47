// When a demo booking happens: its weekday in the Nth week after the week of `now` (in Oslo; week 0 is the
// current week), at its wall times. A date that is a public holiday (the centres are closed) moves on by a week.
import {
  addDays,
  instantAt,
  isoWeekdayOf,
  isPublicHoliday,
  localDateOf,
  OSLO,
  parseWallTime,
  resolveWallClock,
  type Interval,
  type IsoWeekday,
  type LocalDate,
} from "@sambruk/domain";

export interface DemoSlot {
  week: number;
  weekday: IsoWeekday;
  /** "HH:mm" in Oslo. */
  from: string;
  to: string;
}

/** The weekday in the Nth week after the week of `now`, holiday or not (series skip holidays instead). */
export function demoWeekDate(slot: Pick<DemoSlot, "week" | "weekday">, now: Date): LocalDate {
  const today = localDateOf(now, OSLO);
  const monday = addDays(today, 1 - isoWeekdayOf(today));
  return addDays(monday, 7 * slot.week + slot.weekday - 1);
}

export function demoBookingDate(slot: Pick<DemoSlot, "week" | "weekday">, now: Date): LocalDate {
  let date = demoWeekDate(slot, now);
  while (isPublicHoliday(date)) date = addDays(date, 7);
  return date;
}

export function demoBookingTimes(slot: DemoSlot, now: Date): Interval {
  const date = demoBookingDate(slot, now);
  return { start: wallClock(date, slot.from), end: wallClock(date, slot.to) };
}

function wallClock(date: LocalDate, time: string): Date {
  const minute = parseWallTime(time);
  const instant = minute === null ? null : resolveWallClock(instantAt(date, minute, OSLO), { ambiguous: "earlier", nonexistent: "transition" });
  if (!instant) throw new Error(`Bad wall time in demo data: ${time}`);
  return instant;
}
