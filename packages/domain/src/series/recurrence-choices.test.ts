import type { LocalDate } from "../time/zoned";
import { choicesFromRrule, rruleFromChoices, type RecurrenceChoices } from "./recurrence";

const JUNE_27: LocalDate = { year: 2028, month: 6, day: 27 };

describe("rruleFromChoices", () => {
  it.each<[string, RecurrenceChoices, string]>([
    ["every Tuesday until a date", { frequency: "weekly", interval: 1, weekdays: [2], end: { until: JUNE_27 } }, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627"],
    ["every other Wednesday", { frequency: "weekly", interval: 2, weekdays: [3], end: { until: JUNE_27 } }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20280627"],
    ["weekdays once each, Monday first", { frequency: "weekly", interval: 1, weekdays: [5, 1, 5, 3], end: { count: 12 } }, "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12"],
    ["Sunday is SU", { frequency: "weekly", interval: 3, weekdays: [7], end: { count: 1 } }, "FREQ=WEEKLY;INTERVAL=3;BYDAY=SU;COUNT=1"],
    ["the second Tuesday", { frequency: "monthly", interval: 1, nth: 2, weekday: 2, end: { count: 10 } }, "FREQ=MONTHLY;BYDAY=2TU;COUNT=10"],
    ["the last Friday, every other month", { frequency: "monthly", interval: 2, nth: -1, weekday: 5, end: { until: JUNE_27 } }, "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;UNTIL=20280627"],
  ])("%s", (_label, choices, expected) => {
    expect(rruleFromChoices(choices)).toBe(expected);
  });

  it.each<[string, RecurrenceChoices]>([
    ["no weekdays", { frequency: "weekly", interval: 1, weekdays: [], end: { count: 3 } }],
    ["interval 0", { frequency: "weekly", interval: 0, weekdays: [1], end: { count: 3 } }],
    ["count 0", { frequency: "monthly", interval: 1, nth: 1, weekday: 1, end: { count: 0 } }],
  ])("refuses %s", (_label, choices) => {
    expect(() => rruleFromChoices(choices)).toThrow(RangeError);
  });
});

describe("choicesFromRrule", () => {
  const choices: RecurrenceChoices[] = [
    { frequency: "weekly", interval: 1, weekdays: [2], end: { until: JUNE_27 } },
    { frequency: "weekly", interval: 2, weekdays: [1, 3, 5], end: { count: 12 } },
    { frequency: "monthly", interval: 1, nth: 2, weekday: 2, end: { until: JUNE_27 } },
    { frequency: "monthly", interval: 3, nth: -1, weekday: 5, end: { count: 4 } },
    { frequency: "monthly", interval: 1, nth: 4, weekday: 7, end: { count: 4 } },
  ];

  it.each(choices)("gives back the choices of %j", (original) => {
    expect(choicesFromRrule(rruleFromChoices(original))).toEqual(original);
  });

  it.each<[string, RecurrenceChoices]>([
    ["RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627", { frequency: "weekly", interval: 1, weekdays: [2], end: { until: JUNE_27 } }],
    ["FREQ=WEEKLY;BYDAY=FR,MO;WKST=MO;COUNT=5", { frequency: "weekly", interval: 1, weekdays: [1, 5], end: { count: 5 } }],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627T215959Z", { frequency: "weekly", interval: 1, weekdays: [2], end: { until: JUNE_27 } }],
  ])("reads %s written otherwise", (rrule, expected) => {
    expect(choicesFromRrule(rrule)).toEqual(expected);
  });

  it.each([
    "FREQ=DAILY;COUNT=5",
    "FREQ=WEEKLY;COUNT=5",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU;COUNT=5",
    "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=5",
    "FREQ=MONTHLY;BYDAY=5TU;COUNT=5",
    "FREQ=MONTHLY;BYDAY=2TU,4TU;COUNT=5",
    "FREQ=MONTHLY;BYDAY=TU;COUNT=5",
    "FREQ=WEEKLY;BYDAY=TU",
    "not a rule",
  ])("is null for %s", (rrule) => {
    expect(choicesFromRrule(rrule)).toBeNull();
  });
});
