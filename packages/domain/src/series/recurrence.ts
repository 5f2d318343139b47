// Recurrence rules (RFC 5545 RRULE) for series: read, expand to calendar dates, build from plain choices, and
// say in plain words. The only file that calls the recurrence library. Dates are calendar dates in the centre's
// zone; the times of day are applied afterwards (occurrences.ts), so 18:00 stays 18:00 across DST changes.
import type { IsoWeekday, LocalDate } from "../time/zoned";

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
 * MONTHLY; the rule must end (UNTIL or COUNT); more than `max` dates is a problem, as is none.
 */
export function expandDates(rrule: string, firstDate: LocalDate, max: number = MAX_OCCURRENCES): Expansion {
  void rrule;
  void firstDate;
  void max;
  throw new Error("not implemented");
}

/** "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20280627" from the choices (INTERVAL only when above 1). */
export function rruleFromChoices(choices: RecurrenceChoices): string {
  void choices;
  throw new Error("not implemented");
}

/** The choices a rule was built from, or null when it says more than the plain choices can (for edit forms). */
export function choicesFromRrule(rrule: string): RecurrenceChoices | null {
  void rrule;
  throw new Error("not implemented");
}

/** The rule in plain words: { nb: "Hver tirsdag til og med 27. juni 2028", nn: …, en: "Every Tuesday until 27 June 2028" }. */
export function describeRrule(rrule: string, firstDate: LocalDate): { nb: string; nn: string; en: string } {
  void rrule;
  void firstDate;
  throw new Error("not implemented");
}
