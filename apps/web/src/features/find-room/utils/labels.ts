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
const sameDay = (a: TZDate, b: TZDate) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "tirsdag 1. desember" */
export function formatDay(instant: Date, fmt: LabelFormat): string {
  return format(zoned(instant, fmt), fmt.dayPattern, { locale: fmt.locale });
}

/** "18:00", 24-hour on the wall clock. */
export function formatTime(instant: Date, fmt: LabelFormat): string {
  return format(zoned(instant, fmt), "HH:mm");
}

/** Whether `end` is the midnight that closes the day `start` is on (then written 24:00). */
function endsAtMidnightOf(start: Date, end: Date, fmt: LabelFormat): boolean {
  return formatTime(end, fmt) === "00:00" && sameDay(zoned(start, fmt), zoned(new Date(end.getTime() - 1), fmt));
}

/** "18:00–20:00" within a day; an end at the closing midnight is "24:00". */
export function formatTimeRange(start: Date, end: Date, fmt: LabelFormat): string {
  const to = endsAtMidnightOf(start, end, fmt) ? "24:00" : formatTime(end, fmt);
  return `${formatTime(start, fmt)}–${to}`;
}

/** "tirsdag 1. desember, 18:00–20:00", or both days when the range runs past midnight. */
export function describeRange(start: Date, end: Date, fmt: LabelFormat): string {
  if (sameDay(zoned(start, fmt), zoned(end, fmt)) || endsAtMidnightOf(start, end, fmt)) {
    return `${formatDay(start, fmt)}, ${formatTimeRange(start, end, fmt)}`;
  }
  return `${formatDay(start, fmt)} ${formatTime(start, fmt)} – ${formatDay(end, fmt)} ${formatTime(end, fmt)}`;
}
