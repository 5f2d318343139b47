import { publicHolidayOn } from "../centres/holidays";
import { formatLocalDate } from "../time/local-date";
import type { LocalDate } from "../time/zoned";
import { expandDates, MAX_OCCURRENCES, type Expansion } from "./recurrence";

const day = (text: string): LocalDate => ({ year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) });
const datesOf = (expansion: Expansion) => (expansion.ok ? expansion.dates.map(formatLocalDate) : expansion.problem.code);
const expand = (rrule: string, first: string, max?: number) => datesOf(expandDates(rrule, day(first), max));

describe("expandDates: weekly rules", () => {
  it.each<[string, string, string, string[]]>([
    ["every Tuesday, COUNT", "FREQ=WEEKLY;BYDAY=TU;COUNT=3", "2027-10-05", ["2027-10-05", "2027-10-12", "2027-10-19"]],
    ["with the RRULE: prefix", "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2", "2027-10-05", ["2027-10-05", "2027-10-12"]],
    ["lower case", "freq=weekly;byday=tu;count=2", "2027-10-05", ["2027-10-05", "2027-10-12"]],
    ["UNTIL as a date is included", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271019", "2027-10-05", ["2027-10-05", "2027-10-12", "2027-10-19"]],
    ["UNTIL as a UTC date-time counts as its date", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271019T000000Z", "2027-10-05", ["2027-10-05", "2027-10-12", "2027-10-19"]],
    ["UNTIL late on its date", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271019T235959Z", "2027-10-05", ["2027-10-05", "2027-10-12", "2027-10-19"]],
    ["UNTIL the day before the last Tuesday", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271018", "2027-10-05", ["2027-10-05", "2027-10-12"]],
    ["a first date that does not match is not included", "FREQ=WEEKLY;BYDAY=TU;COUNT=2", "2027-10-04", ["2027-10-05", "2027-10-12"]],
    ["without BYDAY the first date's weekday", "FREQ=WEEKLY;COUNT=2", "2027-10-07", ["2027-10-07", "2027-10-14"]],
    ["every other Wednesday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=3", "2027-10-06", ["2027-10-06", "2027-10-20", "2027-11-03"]],
    ["every other week counts weeks from the first date's week", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4", "2027-10-06", ["2027-10-08", "2027-10-18", "2027-10-22", "2027-11-01"]],
    ["Monday and Thursday", "FREQ=WEEKLY;BYDAY=TH,MO;UNTIL=20271014", "2027-10-04", ["2027-10-04", "2027-10-07", "2027-10-11", "2027-10-14"]],
    ["every day", "FREQ=DAILY;COUNT=3", "2027-12-31", ["2027-12-31", "2028-01-01", "2028-01-02"]],
    ["through 29 February of a leap year", "FREQ=WEEKLY;BYDAY=TU;COUNT=3", "2028-02-22", ["2028-02-22", "2028-02-29", "2028-03-07"]],
    ["every day on weekdays named", "FREQ=DAILY;BYDAY=SA,SU;COUNT=3", "2027-10-04", ["2027-10-09", "2027-10-10", "2027-10-16"]],
  ])("%s", (_label, rrule, first, expected) => {
    expect(expand(rrule, first)).toEqual(expected);
  });
});

describe("expandDates: monthly rules and month ends", () => {
  it.each<[string, string, string, string[]]>([
    ["day 31 skips the short months (RFC 5545)", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "2028-01-31", ["2028-01-31", "2028-03-31", "2028-05-31", "2028-07-31"]],
    ["the last Friday", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "2028-01-01", ["2028-01-28", "2028-02-25", "2028-03-31"]],
    ["the second Tuesday", "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "2028-01-01", ["2028-01-11", "2028-02-08", "2028-03-14"]],
    ["the second Tuesday, every other month", "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=3", "2028-01-01", ["2028-01-11", "2028-03-14", "2028-05-09"]],
    ["day 29 every 11 months: February only in a leap year", "FREQ=MONTHLY;INTERVAL=11;BYMONTHDAY=29;COUNT=3", "2027-03-01", ["2027-03-29", "2028-02-29", "2029-01-29"]],
    ["day 29 in February of a leap year", "FREQ=MONTHLY;BYMONTHDAY=29;COUNT=3", "2028-01-29", ["2028-01-29", "2028-02-29", "2028-03-29"]],
    ["day 29 every month passes February in a common year", "FREQ=MONTHLY;BYMONTHDAY=29;COUNT=3", "2027-01-29", ["2027-01-29", "2027-03-29", "2027-04-29"]],
    ["the last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", "2028-01-01", ["2028-01-31", "2028-02-29", "2028-03-31"]],
    ["without BY parts the first date's day", "FREQ=MONTHLY;COUNT=2", "2028-01-15", ["2028-01-15", "2028-02-15"]],
    ["UNTIL is included", "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20280331", "2028-01-01", ["2028-01-28", "2028-02-25", "2028-03-31"]],
  ])("%s", (_label, rrule, first, expected) => {
    expect(expand(rrule, first)).toEqual(expected);
  });
});

describe("expandDates: problems", () => {
  it.each<[string, string, string]>([
    ["invalid_rrule", "garbage", "not NAME=VALUE"],
    ["invalid_rrule", "", "empty"],
    ["invalid_rrule", "BYDAY=TU;COUNT=3", "no FREQ"],
    ["invalid_rrule", "FREQ=FOO;COUNT=3", "unknown FREQ"],
    ["invalid_rrule", "FREQ=WEEKLY;BYDAY=XX;COUNT=3", "unknown weekday"],
    ["invalid_rrule", "FREQ=WEEKLY;COUNT=x", "unreadable COUNT"],
    ["invalid_rrule", "FREQ=WEEKLY;COUNT=0", "COUNT 0"],
    ["invalid_rrule", "FREQ=WEEKLY;INTERVAL=0;COUNT=3", "INTERVAL 0"],
    ["invalid_rrule", "FREQ=WEEKLY;UNTIL=2028-06-27", "UNTIL with dashes"],
    ["invalid_rrule", "FREQ=WEEKLY;UNTIL=20280231", "UNTIL not a calendar date"],
    ["invalid_rrule", "FREQ=WEEKLY;COUNT=3;UNTIL=20280627", "both COUNT and UNTIL"],
    ["invalid_rrule", "FREQ=WEEKLY;COUNT=3;COUNT=4", "a part given twice"],
    ["invalid_rrule", "FREQ=WEEKLY;COUNT=3;", "a trailing semicolon"],
    ["invalid_rrule", "FREQ=WEEKLY;BYDAY=2TU;COUNT=3", "numbered weekday in a weekly rule"],
    ["invalid_rrule", "FREQ=WEEKLY;FOO=1;COUNT=3", "unknown part"],
    ["unsupported_rrule", "FREQ=YEARLY;COUNT=3", "yearly"],
    ["unsupported_rrule", "FREQ=HOURLY;COUNT=3", "hourly"],
    ["unsupported_rrule", "FREQ=DAILY;BYHOUR=10,12;COUNT=3", "times of day in the rule"],
    ["unsupported_rrule", "DTSTART:20271005T000000Z\nRRULE:FREQ=WEEKLY;COUNT=3", "DTSTART"],
    ["unsupported_rrule", "RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20271012", "a second line"],
    ["unsupported_rrule", "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2;COUNT=1", "BYMONTH (a rule that could never match)"],
    ["unsupported_rrule", "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2;COUNT=1", "BYSETPOS"],
    ["unsupported_rrule", "FREQ=DAILY;INTERVAL=7;BYDAY=TU;COUNT=1", "weekdays in a daily rule that skips days"],
    ["unsupported_rrule", "FREQ=DAILY;BYMONTHDAY=13;COUNT=1", "days of month in a daily rule"],
    ["unsupported_rrule", "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;COUNT=1", "a yearly rule as monthly"],
    ["unsupported_rrule", "FREQ=MONTHLY;BYDAY=2TU;BYMONTHDAY=20;COUNT=1", "BYDAY with BYMONTHDAY"],
    ["no_end", "FREQ=WEEKLY;BYDAY=TU", "no UNTIL or COUNT"],
    ["no_occurrences", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271004", "UNTIL before the first Tuesday"],
    ["too_many_occurrences", "FREQ=DAILY;COUNT=111", "more than the maximum"],
    ["too_many_occurrences", "FREQ=DAILY;UNTIL=20991231", "UNTIL far ahead"],
  ])("%s: %j (%s)", (code, rrule) => {
    expect(expand(rrule, "2027-10-04")).toBe(code);
  });

  it("takes exactly the maximum, and a smaller maximum when asked", () => {
    expect(expand(`FREQ=DAILY;COUNT=${MAX_OCCURRENCES}`, "2027-10-04")).toHaveLength(MAX_OCCURRENCES);
    expect(expand("FREQ=DAILY;COUNT=4", "2027-10-04", 3)).toBe("too_many_occurrences");
  });

  it("says what is wrong in the detail", () => {
    const expansion = expandDates("FREQ=YEARLY;COUNT=3", day("2027-10-04"));
    expect(expansion.ok ? null : expansion.problem.detail).toMatch(/YEARLY/);
  });
});

describe("expandDates leaves public holidays in, for the caller to skip", () => {
  it.each<[string, string, string, string]>([
    ["Easter Monday", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20280424", "2028-04-03", "2028-04-17"],
    ["Ascension Day", "FREQ=WEEKLY;BYDAY=TH;COUNT=6", "2028-04-20", "2028-05-25"],
    ["Whit Monday", "FREQ=WEEKLY;BYDAY=MO;COUNT=5", "2028-05-08", "2028-06-05"],
    ["Constitution Day", "FREQ=WEEKLY;BYDAY=WE;COUNT=4", "2028-05-03", "2028-05-17"],
    ["Christmas Day", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20281231", "2028-12-04", "2028-12-25"],
  ])("%s", (_name, rrule, first, holiday) => {
    const dates = expand(rrule, first);
    expect(dates).toContain(holiday);
    expect(publicHolidayOn(day(holiday))).not.toBeNull();
    expect((dates as string[]).filter((d) => publicHolidayOn(day(d)) !== null)).toEqual([holiday]);
  });
});
