import fc from "fast-check";
import { addDays, compareLocalDates, formatLocalDate, wallEpochOf } from "../time/local-date";
import { isoWeekdayOf, type IsoWeekday, type LocalDate } from "../time/zoned";
import { expandDates, MAX_OCCURRENCES, rruleFromChoices, type RecurrenceChoices } from "./recurrence";

// expandDates against a day-by-day walk from the first date that keeps the dates the choices describe.
const DAY_MS = 86_400_000;
const START: LocalDate = { year: 2026, month: 1, day: 1 };

const arbFirstDate = fc.integer({ min: 0, max: 5 * 365 }).map((offset) => addDays(START, offset));
const arbWeekday = fc.integer({ min: 1, max: 7 }).map((d) => d as IsoWeekday);
const arbEnd = (first: LocalDate) =>
  fc.oneof(
    fc.integer({ min: 1, max: 130 }).map((count) => ({ count })),
    fc.integer({ min: 0, max: 2 * 366 }).map((days) => ({ until: addDays(first, days) })),
  );

const arbWeekly = arbFirstDate.chain((first) =>
  fc.record({
    first: fc.constant(first),
    choices: fc.record({
      frequency: fc.constant("weekly" as const),
      interval: fc.integer({ min: 1, max: 3 }),
      weekdays: fc.uniqueArray(arbWeekday, { minLength: 1, maxLength: 7 }),
      end: arbEnd(first),
    }),
  }),
);

const arbMonthly = arbFirstDate.chain((first) =>
  fc.record({
    first: fc.constant(first),
    choices: fc.record({
      frequency: fc.constant("monthly" as const),
      interval: fc.integer({ min: 1, max: 4 }),
      nth: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const),
      weekday: arbWeekday,
      end: arbEnd(first),
    }),
  }),
);

/** Walks from the first date, keeping the dates `keep` accepts, until the end or one past the maximum. */
function walk(first: LocalDate, end: RecurrenceChoices["end"], keep: (date: LocalDate) => boolean): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = first; dates.length <= MAX_OCCURRENCES; date = addDays(date, 1)) {
    if ("until" in end && compareLocalDates(date, end.until) > 0) break;
    if (keep(date)) dates.push(date);
    if ("count" in end && dates.length === end.count) break;
  }
  return dates;
}

const mondayOf = (date: LocalDate) => addDays(date, 1 - isoWeekdayOf(date));
const weeksBetween = (a: LocalDate, b: LocalDate) => Math.round((wallEpochOf(mondayOf(b)) - wallEpochOf(mondayOf(a))) / (7 * DAY_MS));
const monthsBetween = (a: LocalDate, b: LocalDate) => b.year * 12 + b.month - (a.year * 12 + a.month);
const daysInMonth = (date: LocalDate) => new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();

function isNth(date: LocalDate, nth: number): boolean {
  return nth === -1 ? date.day + 7 > daysInMonth(date) : Math.ceil(date.day / 7) === nth;
}

function expectSame(rrule: string, first: LocalDate, expected: LocalDate[]): void {
  const expansion = expandDates(rrule, first);
  const outcome = expansion.ok ? expansion.dates.map(formatLocalDate) : expansion.problem.code;
  if (expected.length > MAX_OCCURRENCES) expect(outcome).toBe("too_many_occurrences");
  else if (expected.length === 0) expect(outcome).toBe("no_occurrences");
  else expect(outcome).toEqual(expected.map(formatLocalDate));
}

describe("expandDates against a day-by-day walk", () => {
  it("weekly on some weekdays every 1–3 weeks, weeks counted from the first date's ISO week", () => {
    fc.assert(
      fc.property(arbWeekly, ({ first, choices }) => {
        const expected = walk(first, choices.end, (date) => {
          const onDay = choices.weekdays.includes(isoWeekdayOf(date));
          return onDay && weeksBetween(first, date) % choices.interval === 0;
        });
        expectSame(rruleFromChoices(choices), first, expected);
      }),
      { numRuns: 300 },
    );
  });

  it("monthly on the nth (or last) weekday every 1–4 months, months counted from the first date's month", () => {
    fc.assert(
      fc.property(arbMonthly, ({ first, choices }) => {
        const expected = walk(first, choices.end, (date) => {
          const onDay = isoWeekdayOf(date) === choices.weekday && isNth(date, choices.nth);
          return onDay && monthsBetween(first, date) % choices.interval === 0;
        });
        expectSame(rruleFromChoices(choices), first, expected);
      }),
      { numRuns: 300 },
    );
  });
});
