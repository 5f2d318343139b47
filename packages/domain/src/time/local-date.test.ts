import { intervalBetween } from "./interval";
import { addDays, compareLocalDates, formatLocalDate, isValidLocalDate, localDatesOf } from "./local-date";
import { OSLO } from "./zoned";

describe("addDays / compareLocalDates / formatLocalDate", () => {
  it.each([
    [{ year: 2026, month: 12, day: 31 }, 1, "2027-01-01"],
    [{ year: 2024, month: 2, day: 28 }, 1, "2024-02-29"],
    [{ year: 2026, month: 3, day: 1 }, -1, "2026-02-28"],
    [{ year: 2026, month: 3, day: 28 }, 2, "2026-03-30"], // across the spring DST change
  ])("%j + %i = %s", (date, days, expected) => {
    const result = addDays(date, days);
    expect(formatLocalDate(result)).toBe(expected);
    expect(Math.sign(compareLocalDates(result, date))).toBe(Math.sign(days));
  });
});

describe("isValidLocalDate", () => {
  it.each([
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2026, month: 2, day: 29 }, false],
    [{ year: 2026, month: 13, day: 1 }, false],
    [{ year: 2026, month: 1, day: 1.5 }, false],
  ])("%j → %s", (date, valid) => {
    expect(isValidLocalDate(date)).toBe(valid);
  });
});

describe("localDatesOf", () => {
  it.each([
    ["2026-11-23T23:00:00Z", "2026-11-24T23:00:00Z", ["2026-11-24"]], // one Oslo day, midnight to midnight
    ["2026-11-23T22:59:00Z", "2026-11-23T23:01:00Z", ["2026-11-23", "2026-11-24"]], // across Oslo midnight
    ["2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", ["2026-03-29"]], // the 23-hour day
    ["2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", ["2026-10-25"]], // the 25-hour day
    ["2026-11-23T10:00:00Z", "2026-11-23T10:00:00Z", []],
  ])("[%s, %s) touches %j", (start, end, expected) => {
    expect(localDatesOf(intervalBetween(new Date(start), new Date(end)), OSLO).map(formatLocalDate)).toEqual(expected);
  });
});
