// Recurrence rules (RFC 5545 RRULE) for series: read, expand to calendar dates, build from plain choices, and
// say in plain words. The only file that calls the recurrence library. Dates are calendar dates in the centre's
// zone; the times of day are applied afterwards (occurrences.ts), so 18:00 stays 18:00 across DST changes.
import * as rruleModule from "rrule";
import { formatLocalDate, isValidLocalDate, wallEpochOf } from "../time/local-date";
import type { IsoWeekday, LocalDate } from "../time/zoned";
import { readRrule, WEEKDAY_CODES, type RuleParts } from "./rrule-syntax";
import { wordingOf } from "./rrule-wording";

// rrule 2.8.1 points bundlers (Vite) at its ES module build through the "module" field, but Node loads its UMD
// build, whose names Node's ES module loader finds only under `default`.
type RruleLibrary = typeof rruleModule;
const library: RruleLibrary = "RRule" in rruleModule ? rruleModule : (Reflect.get(rruleModule, "default") as RruleLibrary);

/** The most occurrences one series may have; the contracts' MAX_SERIES_OCCURRENCES says the same. */
export const MAX_OCCURRENCES = 110;

/** What a series form offers: every week (or every n weeks) on some weekdays, or monthly on the nth weekday. */
export type RecurrenceChoices = {
  /** Every `interval` weeks or months; 1 = every. */
  interval: number;
  end: { until: LocalDate } | { count: number };
} & ({ frequency: "weekly"; weekdays: IsoWeekday[] } | { frequency: "monthly"; nth: 1 | 2 | 3 | 4 | -1; weekday: IsoWeekday });

export type RruleProblemCode = "invalid_rrule" | "unsupported_rrule" | "no_end" | "too_many_occurrences" | "no_occurrences";

export interface RruleProblem {
  code: RruleProblemCode;
  detail: string;
}

export type Expansion = { ok: true; dates: LocalDate[] } | { ok: false; problem: RruleProblem };

/**
 * The dates the rule yields from `firstDate` (included when it matches), in order. Only FREQ DAILY, WEEKLY and
 * MONTHLY; the rule must end (UNTIL or COUNT); more than `max` dates is a problem, as is none. UNTIL is a
 * calendar date, included; a UTC date-time counts as its UTC date.
 */
export function expandDates(rrule: string, firstDate: LocalDate, max: number = MAX_OCCURRENCES): Expansion {
  if (!isValidLocalDate(firstDate)) throw new RangeError(`Not a calendar date: ${JSON.stringify(firstDate)}`);
  const reading = readRrule(rrule);
  if (!reading.ok) return refused(reading.code, reading.detail);
  const dates = expand(reading.rule, firstDate, max + 1);
  if (dates.length > max) return refused("too_many_occurrences", `The rule gives more than ${max} dates`);
  if (dates.length === 0) return refused("no_occurrences", "The rule gives no dates");
  return { ok: true, dates };
}

/** Up to `limit` dates, expanded in floating time: each date is a UTC midnight, so no zone is involved. */
function expand(rule: RuleParts, firstDate: LocalDate, limit: number): LocalDate[] {
  const { RRule, Weekday, Frequency } = library;
  const frequency = { daily: Frequency.DAILY, weekly: Frequency.WEEKLY, monthly: Frequency.MONTHLY }[rule.frequency];
  const orNull = <T>(list: T[]) => (list.length > 0 ? list : null);
  const expander = new RRule({
    freq: frequency,
    interval: rule.interval,
    dtstart: new Date(wallEpochOf(firstDate)),
    until: "until" in rule.end ? new Date(wallEpochOf(rule.end.until)) : null,
    count: "count" in rule.end ? rule.end.count : null,
    byweekday: orNull(rule.byDay.map((d) => new Weekday(d.weekday - 1, d.nth))),
    bymonthday: orNull(rule.byMonthDay),
    wkst: rule.weekStart - 1,
  });
  return expander.all((_date, index) => index < limit).map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
}

function refused(code: RruleProblemCode, detail: string): Expansion {
  return { ok: false, problem: { code, detail } };
}

/**
 * "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20280627" from the choices (INTERVAL only when above 1). Weekdays are
 * written once each, Monday first. Throws a RangeError for choices no rule can say (no weekdays, interval 0).
 */
export function rruleFromChoices(choices: RecurrenceChoices): string {
  if (!isPositive(choices.interval)) throw new RangeError(`Not an interval: ${choices.interval}`);
  const parts = [`FREQ=${choices.frequency.toUpperCase()}`];
  if (choices.interval > 1) parts.push(`INTERVAL=${choices.interval}`);
  if (choices.frequency === "weekly") {
    const weekdays = [...new Set(choices.weekdays)].sort((a, b) => a - b);
    if (weekdays.length === 0) throw new RangeError("A weekly rule needs at least one weekday");
    parts.push(`BYDAY=${weekdays.map(codeOf).join(",")}`);
  } else {
    parts.push(`BYDAY=${choices.nth}${codeOf(choices.weekday)}`);
  }
  if ("until" in choices.end) parts.push(`UNTIL=${formatLocalDate(choices.end.until).replaceAll("-", "")}`);
  else if (isPositive(choices.end.count)) parts.push(`COUNT=${choices.end.count}`);
  else throw new RangeError(`Not a count: ${choices.end.count}`);
  return parts.join(";");
}

/** The choices a rule was built from, or null when it says more than the plain choices can (for edit forms). */
export function choicesFromRrule(rrule: string): RecurrenceChoices | null {
  const reading = readRrule(rrule);
  if (!reading.ok) return null;
  const { frequency, interval, end, byDay, byMonthDay, weekStart } = reading.rule;
  if (byMonthDay.length > 0 || byDay.length === 0) return null;
  if (frequency === "weekly" && weekStart === 1 && byDay.every((d) => d.nth === undefined)) {
    const weekdays = [...new Set(byDay.map((d) => d.weekday))].sort((a, b) => a - b);
    return { frequency, interval, end, weekdays };
  }
  const [only, ...more] = byDay;
  if (frequency !== "monthly" || only === undefined || more.length > 0) return null;
  const nth = only.nth;
  if (nth !== 1 && nth !== 2 && nth !== 3 && nth !== 4 && nth !== -1) return null;
  return { frequency, interval, end, nth, weekday: only.weekday };
}

/**
 * The rule in plain words: { nb: "Hver tirsdag til og med 27. juni 2028", nn: …, en: "Every Tuesday until 27 June 2028" }.
 * An unreadable rule is called that ("Ugyldig gjentakelsesregel").
 */
export function describeRrule(rrule: string, firstDate: LocalDate): { nb: string; nn: string; en: string } {
  const reading = readRrule(rrule);
  if (reading.ok) return wordingOf(reading.rule, firstDate);
  return { nb: "Ugyldig gjentakelsesregel", nn: "Ugyldig gjentakingsregel", en: "Invalid recurrence rule" };
}

function codeOf(weekday: IsoWeekday): string {
  return WEEKDAY_CODES[weekday - 1] ?? "MO";
}

function isPositive(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
