// A strict reader of the RRULE text a series may carry. The recurrence library's own parser accepts too much
// (FREQ=FOO reads as no frequency, COUNT=x as the string "x"), so the text is checked and read here, and the
// library only expands what this reader accepts. The accepted rules match at least once every few years: the
// library looks for a match up to the year 9999 before it looks at UNTIL, so a rule that never matches
// (BYMONTH=2;BYMONTHDAY=30, or a BYSETPOS past the set) would take it many seconds.
import { isValidLocalDate } from "../time/local-date";
import type { IsoWeekday, LocalDate } from "../time/zoned";

export type RuleFrequency = "daily" | "weekly" | "monthly";

/** A BYDAY entry: a weekday, with `nth` (1 = first, -1 = last) in monthly rules. */
export interface RuleDay {
  weekday: IsoWeekday;
  nth?: number;
}

export interface RuleParts {
  frequency: RuleFrequency;
  interval: number;
  /** UNTIL as its calendar date (a UTC date-time gives its UTC date), or COUNT. */
  end: { until: LocalDate } | { count: number };
  byDay: RuleDay[];
  byMonthDay: number[];
  /** WKST; Monday unless the rule says otherwise. */
  weekStart: IsoWeekday;
}

export type RuleProblemCode = "invalid_rrule" | "unsupported_rrule" | "no_end";
export type RuleReading = { ok: true; rule: RuleParts } | { ok: false; code: RuleProblemCode; detail: string };

export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const ALL_FREQUENCIES = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
const SUPPORTED = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"];
const UNSUPPORTED = ["BYMONTH", "BYSETPOS", "BYHOUR", "BYMINUTE", "BYSECOND", "BYWEEKNO", "BYYEARDAY"];
const POSITIVE = /^[1-9]\d{0,3}$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/;
const DAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

class RuleError extends Error {
  constructor(
    readonly code: RuleProblemCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Reads one RRULE ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627", with or without "RRULE:"); DTSTART is refused. */
export function readRrule(text: string): RuleReading {
  try {
    return { ok: true, rule: partsOf(propertiesOf(text)) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, code: error.code, detail: error.message };
    throw error;
  }
}

function propertiesOf(text: string): Map<string, string> {
  const lines = text.trim().toUpperCase().split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.some((line) => line.startsWith("DTSTART"))) {
    throw new RuleError("unsupported_rrule", "DTSTART is not read: the series' first date starts the rule");
  }
  if (lines.length === 0) throw new RuleError("invalid_rrule", "The rule is empty");
  if (lines.length > 1) throw new RuleError("unsupported_rrule", "Only a single RRULE line is read");
  const body = (lines[0] as string).replace(/^RRULE:/, "");
  const properties = new Map<string, string>();
  for (const part of body.split(";")) {
    const match = /^([A-Z]+)=([^=;]+)$/.exec(part);
    if (!match) throw new RuleError("invalid_rrule", `Not a NAME=VALUE part: "${part}"`);
    const [, name = "", value = ""] = match;
    if (properties.has(name)) throw new RuleError("invalid_rrule", `${name} is given twice`);
    if (UNSUPPORTED.includes(name)) throw new RuleError("unsupported_rrule", `${name} is not supported`);
    if (!SUPPORTED.includes(name)) throw new RuleError("invalid_rrule", `Unknown part ${name}`);
    properties.set(name, value);
  }
  return properties;
}

function partsOf(properties: Map<string, string>): RuleParts {
  const freq = properties.get("FREQ");
  if (freq === undefined || !ALL_FREQUENCIES.includes(freq)) throw new RuleError("invalid_rrule", "FREQ is missing or unknown");
  if (freq !== "DAILY" && freq !== "WEEKLY" && freq !== "MONTHLY") {
    throw new RuleError("unsupported_rrule", `FREQ=${freq} is not supported; use DAILY, WEEKLY or MONTHLY`);
  }
  const frequency = freq.toLowerCase() as RuleFrequency;
  const interval = properties.has("INTERVAL") ? positive(properties.get("INTERVAL"), "INTERVAL") : 1;
  const byDay = listOf(properties.get("BYDAY"), "BYDAY", dayOf);
  const byMonthDay = listOf(properties.get("BYMONTHDAY"), "BYMONTHDAY", signed(31));
  if (frequency === "weekly" && byMonthDay.length > 0) throw new RuleError("invalid_rrule", "BYMONTHDAY cannot be used with FREQ=WEEKLY");
  if (frequency !== "monthly" && byDay.some((d) => d.nth !== undefined)) {
    throw new RuleError("invalid_rrule", "A numbered BYDAY (2TU) needs FREQ=MONTHLY");
  }
  const end = endOf(properties);
  if (frequency === "daily" && (byMonthDay.length > 0 || (byDay.length > 0 && interval > 1))) {
    throw new RuleError("unsupported_rrule", "A daily rule may name weekdays only when it repeats every day; use WEEKLY or MONTHLY");
  }
  if (frequency === "monthly" && interval >= 12) throw new RuleError("unsupported_rrule", "A monthly rule repeats at most 11 months apart; a longer interval is yearly");
  if (byDay.length > 0 && byMonthDay.length > 0) throw new RuleError("unsupported_rrule", "BYDAY and BYMONTHDAY cannot be combined");
  const weekStart = properties.has("WKST") ? weekdayOf(properties.get("WKST") ?? "", "WKST") : 1;
  return { frequency, interval, end, byDay, byMonthDay, weekStart };
}

function endOf(properties: Map<string, string>): RuleParts["end"] {
  const until = properties.get("UNTIL");
  const count = properties.get("COUNT");
  if (until !== undefined && count !== undefined) throw new RuleError("invalid_rrule", "UNTIL and COUNT cannot both be given");
  if (count !== undefined) return { count: positive(count, "COUNT") };
  if (until === undefined) throw new RuleError("no_end", "The rule must end: give UNTIL or COUNT");
  const match = UNTIL.exec(until);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (date === null || !isValidLocalDate(date)) throw new RuleError("invalid_rrule", `UNTIL is not a date: ${until}`);
  return { until: date };
}

function listOf<T>(value: string | undefined, name: string, read: (item: string) => T | null): T[] {
  if (value === undefined) return [];
  return value.split(",").map((item) => {
    const parsed = read(item);
    if (parsed === null) throw new RuleError("invalid_rrule", `${name} has an unreadable value: ${item}`);
    return parsed;
  });
}

function dayOf(item: string): RuleDay | null {
  const match = DAY.exec(item);
  if (!match) return null;
  const weekday = (WEEKDAY_CODES.indexOf(match[2] as (typeof WEEKDAY_CODES)[number]) + 1) as IsoWeekday;
  if (match[1] === undefined) return { weekday };
  const nth = Number(match[1]);
  return nth === 0 || Math.abs(nth) > 5 ? null : { weekday, nth };
}

function signed(limit: number): (item: string) => number | null {
  return (item) => {
    const n = /^[+-]?\d{1,3}$/.test(item) ? Number(item) : 0;
    return n !== 0 && Math.abs(n) <= limit ? n : null;
  };
}

function positive(value: string | undefined, name: string): number {
  if (value === undefined || !POSITIVE.test(value)) throw new RuleError("invalid_rrule", `${name} must be a positive whole number`);
  return Number(value);
}

function weekdayOf(value: string, name: string): IsoWeekday {
  const index = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
  if (index < 0) throw new RuleError("invalid_rrule", `${name} is not a weekday: ${value}`);
  return (index + 1) as IsoWeekday;
}
