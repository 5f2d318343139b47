import { isoWeekdayOf, type IsoWeekday, type LocalDate, type RecurrenceChoices } from "@sambruk/domain";
import { MAX_SERIES_OCCURRENCES } from "@sambruk/contracts";

export type RepeatFrequency = "none" | "weekly" | "biweekly" | "monthly";

/** The repeat choice of the booking form, as typed. */
export interface RepeatValues {
  frequency: RepeatFrequency;
  /** The weekdays of a weekly series; null follows the first date's weekday. */
  weekdays: IsoWeekday[] | null;
  end: "until" | "count";
  /** The last date, YYYY-MM-DD. */
  until: string;
  count: string;
}

export const NO_REPEAT: RepeatValues = { frequency: "none", weekdays: null, end: "until", until: "", count: "10" };

export type RepeatErrorKey = "weekdaysRequired" | "untilInvalid" | "countInvalid";
export type RepeatErrors = Partial<Record<"weekdays" | "until" | "count", RepeatErrorKey>>;

/** "2027-09-07" → { year: 2027, month: 9, day: 7 }; null when it is no real date. */
export function localDateOf(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The weekdays a weekly series repeats on: the chosen ones, or the first date's. */
export function weekdaysOf(repeat: RepeatValues, firstDate: string): IsoWeekday[] {
  if (repeat.weekdays !== null) return repeat.weekdays;
  const date = localDateOf(firstDate);
  return date ? [isoWeekdayOf(date)] : [];
}

/** The first date's place in its month: the 3rd Tuesday, or the last (from the 29th). */
export function nthWeekdayOf(firstDate: string): { nth: 1 | 2 | 3 | 4 | -1; weekday: IsoWeekday } | null {
  const date = localDateOf(firstDate);
  if (!date) return null;
  const nth = Math.ceil(date.day / 7);
  return { nth: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4), weekday: isoWeekdayOf(date) };
}

function countOf(repeat: RepeatValues): number | null {
  if (!/^\d{1,3}$/.test(repeat.count.trim())) return null;
  const count = Number(repeat.count.trim());
  return count >= 2 && count <= MAX_SERIES_OCCURRENCES ? count : null;
}

/** Keys of series.repeat.errors for each repeat field that cannot be read. */
export function repeatErrorsOf(repeat: RepeatValues, firstDate: string): RepeatErrors {
  const errors: RepeatErrors = {};
  if (repeat.frequency === "none") return errors;
  if (repeat.frequency !== "monthly" && weekdaysOf(repeat, firstDate).length === 0) errors.weekdays = "weekdaysRequired";
  if (repeat.end === "until" && (localDateOf(repeat.until) === null || repeat.until <= firstDate)) errors.until = "untilInvalid";
  if (repeat.end === "count" && countOf(repeat) === null) errors.count = "countInvalid";
  return errors;
}

/** The plain choices the domain builds the RRULE from; null when not repeating or a choice cannot be read. */
export function choicesOf(repeat: RepeatValues, firstDate: string): RecurrenceChoices | null {
  if (repeat.frequency === "none" || Object.keys(repeatErrorsOf(repeat, firstDate)).length > 0) return null;
  const until = localDateOf(repeat.until);
  const count = countOf(repeat);
  const end = repeat.end === "until" && until ? { until } : count !== null ? { count } : null;
  if (!end) return null;
  if (repeat.frequency === "monthly") {
    const nth = nthWeekdayOf(firstDate);
    return nth ? { frequency: "monthly", interval: 1, end, ...nth } : null;
  }
  const weekdays = [...weekdaysOf(repeat, firstDate)].sort((a, b) => a - b);
  return { frequency: "weekly", interval: repeat.frequency === "biweekly" ? 2 : 1, weekdays, end };
}
