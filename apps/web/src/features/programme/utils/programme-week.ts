import { TZDate } from "@date-fns/tz";
import type { ProgrammeItem } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { addDays, format, startOfDay, startOfWeek } from "date-fns";

/** Today and the rest of the week (Monday first) on the wall clock of `timeZone`, as instants for the API. */
export interface ProgrammeWeek {
  /** The start of today. */
  from: string;
  /** The start of next Monday. */
  to: string;
  /** Today's local date, "yyyy-MM-dd". */
  today: string;
}

export function programmeWeek(now: Date, timeZone: string = OSLO): ProgrammeWeek {
  const today = startOfDay(new TZDate(now.getTime(), timeZone));
  const nextMonday = addDays(startOfWeek(today, { weekStartsOn: 1 }), 7);
  return {
    from: new Date(today.getTime()).toISOString(),
    to: new Date(nextMonday.getTime()).toISOString(),
    today: format(today, "yyyy-MM-dd"),
  };
}

export interface ProgrammeDay {
  /** The local date, "yyyy-MM-dd". */
  date: string;
  /** The start of that day in `timeZone`, for formatting. */
  day: Date;
  items: ProgrammeItem[];
}

/**
 * The items by the local day they start on, days and items in time order. An item that began before
 * today (still running) is listed under today.
 */
export function groupByDay(items: readonly ProgrammeItem[], today: string, timeZone: string = OSLO): ProgrammeDay[] {
  const days = new Map<string, ProgrammeDay>();
  const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.title.localeCompare(b.title));
  for (const item of sorted) {
    const start = new TZDate(Date.parse(item.start), timeZone);
    const startDate = format(start, "yyyy-MM-dd");
    const date = startDate < today ? today : startDate;
    const existing = days.get(date);
    if (existing) existing.items.push(item);
    else days.set(date, { date, day: date === startDate ? startOfDay(start) : dayOf(today, timeZone), items: [item] });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function dayOf(date: string, timeZone: string): Date {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return new TZDate(year, month - 1, day, timeZone);
}
