import { TZDate } from "@date-fns/tz";
import { format, type Locale } from "date-fns";

/** How dates and times are written: the language's locale and day pattern, on the zone's wall clock. */
export interface LabelFormat {
  locale: Locale;
  /** A date-fns pattern for a day: "EEEE d. MMMM" (nb, nn), "EEEE d MMMM" (en). */
  dayPattern: string;
  timeZone: string;
}

const zoned = (instant: Date, fmt: LabelFormat) => new TZDate(instant.getTime(), fmt.timeZone);

// One formatter per zone: the week view labels hundreds of events, and a TZDate per call is slow there.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock as "2026-12-01 18:00" (24-hour). */
function wallClock(instant: Date, fmt: LabelFormat): string {
  let formatter = wallClocks.get(fmt.timeZone);
  if (!formatter) {
    const parts = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" } as const;
    formatter = new Intl.DateTimeFormat("sv-SE", { ...parts, hourCycle: "h23", timeZone: fmt.timeZone });
    wallClocks.set(fmt.timeZone, formatter);
  }
  return formatter.format(instant);
}

// A day's name depends only on its date, language and pattern; the week view names the same seven days often.
const dayNames = new Map<string, string>();

const sameDay = (a: Date, b: Date, fmt: LabelFormat) => wallClock(a, fmt).slice(0, 10) === wallClock(b, fmt).slice(0, 10);

/** "tirsdag 1. desember" */
export function formatDay(instant: Date, fmt: LabelFormat): string {
  const key = `${fmt.locale.code} ${fmt.dayPattern} ${fmt.timeZone} ${wallClock(instant, fmt).slice(0, 10)}`;
  let name = dayNames.get(key);
  if (name === undefined) {
    name = format(zoned(instant, fmt), fmt.dayPattern, { locale: fmt.locale });
    dayNames.set(key, name);
  }
  return name;
}

/** "18:00", 24-hour on the wall clock. */
export function formatTime(instant: Date, fmt: LabelFormat): string {
  return wallClock(instant, fmt).slice(11);
}

/** Whether `end` is the midnight that closes the day `start` is on (then written 24:00). */
function endsAtMidnightOf(start: Date, end: Date, fmt: LabelFormat): boolean {
  return formatTime(end, fmt) === "00:00" && sameDay(start, new Date(end.getTime() - 1), fmt);
}

/** "18:00–20:00" within a day; an end at the closing midnight is "24:00". */
export function formatTimeRange(start: Date, end: Date, fmt: LabelFormat): string {
  const to = endsAtMidnightOf(start, end, fmt) ? "24:00" : formatTime(end, fmt);
  return `${formatTime(start, fmt)}–${to}`;
}

/** "tirsdag 1. desember, 18:00–20:00", or both days when the range runs past midnight. */
export function describeRange(start: Date, end: Date, fmt: LabelFormat): string {
  if (sameDay(start, end, fmt) || endsAtMidnightOf(start, end, fmt)) {
    return `${formatDay(start, fmt)}, ${formatTimeRange(start, end, fmt)}`;
  }
  return `${formatDay(start, fmt)} ${formatTime(start, fmt)} – ${formatDay(end, fmt)} ${formatTime(end, fmt)}`;
}
