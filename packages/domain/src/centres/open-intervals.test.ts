import { intervalBetween, type Interval } from "../time/interval";
import { formatLocalDate } from "../time/local-date";
import { closingHolidaysIn, openIntervals, type OpeningRules } from "./open-intervals";
import type { WeeklyInterval } from "./weekly-hours";

const at = (iso: string) => new Date(iso);
const range = (from: string, to: string) => intervalBetween(at(from), at(to));
const plain = (list: Interval[]) => list.map((i) => [i.start.toISOString(), i.end.toISOString()]);
const everyDay = (opensMinute: number, closesMinute: number): WeeklyInterval[] =>
  ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, opensMinute, closesMinute }));

const daytime: OpeningRules = { weeklyHours: everyDay(8 * 60, 20 * 60) };

describe("openIntervals", () => {
  it.each<[string, OpeningRules, Interval, string[][]]>([
    [
      "an ordinary winter day, 08–20 Oslo = 07–19 UTC",
      daytime,
      range("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z"),
      [["2026-11-23T07:00:00.000Z", "2026-11-23T19:00:00.000Z"]],
    ],
    [
      "the spring-forward Sunday: 08–20 summer time = 06–18 UTC",
      daytime,
      range("2026-03-29T00:00:00Z", "2026-03-30T00:00:00Z"),
      [["2026-03-29T06:00:00.000Z", "2026-03-29T18:00:00.000Z"]],
    ],
    [
      "the day before spring-forward is still winter time",
      daytime,
      range("2026-03-28T00:00:00Z", "2026-03-29T00:00:00Z"),
      [["2026-03-28T07:00:00.000Z", "2026-03-28T19:00:00.000Z"]],
    ],
    [
      "open around the clock across the fall-back night is one 25-hour day",
      { weeklyHours: everyDay(0, 1440) },
      range("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"),
      [["2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"]],
    ],
    [
      "evening to 24:00 joins the next morning from 00:00 across midnight",
      {
        weeklyHours: [
          { weekday: 5, opensMinute: 20 * 60, closesMinute: 1440 },
          { weekday: 6, opensMinute: 0, closesMinute: 2 * 60 },
        ],
      },
      range("2026-11-27T00:00:00Z", "2026-11-29T00:00:00Z"),
      [["2026-11-27T19:00:00.000Z", "2026-11-28T01:00:00.000Z"]],
    ],
    [
      "a night opening across the spring gap loses the skipped hour",
      {
        weeklyHours: [
          { weekday: 6, opensMinute: 22 * 60, closesMinute: 1440 },
          { weekday: 7, opensMinute: 0, closesMinute: 4 * 60 },
        ],
      },
      range("2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z"),
      [["2026-03-28T21:00:00.000Z", "2026-03-29T02:00:00.000Z"]], // 22:00 Sat → 04:00 Sun is 5 h
    ],
    [
      "a holiday closes the day",
      { ...daytime, holidays: [{ year: 2026, month: 5, day: 17 }] },
      range("2026-05-16T00:00:00Z", "2026-05-18T22:00:00Z"),
      [
        ["2026-05-16T06:00:00.000Z", "2026-05-16T18:00:00.000Z"],
        ["2026-05-18T06:00:00.000Z", "2026-05-18T18:00:00.000Z"],
      ],
    ],
    [
      "unless the centre opens on holidays",
      { ...daytime, holidays: [{ year: 2026, month: 5, day: 17 }], openOnHolidays: true },
      range("2026-05-17T00:00:00Z", "2026-05-18T00:00:00Z"),
      [["2026-05-17T06:00:00.000Z", "2026-05-17T18:00:00.000Z"]],
    ],
    [
      "closures are cut out",
      { ...daytime, closures: [range("2026-11-23T10:00:00Z", "2026-11-23T12:00:00Z")] },
      range("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z"),
      [
        ["2026-11-23T07:00:00.000Z", "2026-11-23T10:00:00.000Z"],
        ["2026-11-23T12:00:00.000Z", "2026-11-23T19:00:00.000Z"],
      ],
    ],
    [
      "the range cuts the day",
      daytime,
      range("2026-11-23T09:30:00Z", "2026-11-23T10:00:00Z"),
      [["2026-11-23T09:30:00.000Z", "2026-11-23T10:00:00.000Z"]],
    ],
    ["an empty range", daytime, range("2026-11-23T10:00:00Z", "2026-11-23T10:00:00Z"), []],
    ["no hours at all", { weeklyHours: [] }, range("2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z"), []],
  ])("%s", (_label, rules, window, expected) => {
    expect(plain(openIntervals(rules, window))).toEqual(expected);
  });

  it("uses the zone it is given", () => {
    const result = openIntervals({ ...daytime, timeZone: "America/Sao_Paulo" }, range("2026-11-23T00:00:00Z", "2026-11-24T00:00:00Z"));
    expect(plain(result)).toEqual([["2026-11-23T11:00:00.000Z", "2026-11-23T23:00:00.000Z"]]);
  });
});

describe("closingHolidaysIn", () => {
  it.each([
    [false, ["2026-05-17"]],
    [true, []],
  ])("openOnHolidays=%s → %j", (openOnHolidays, expected) => {
    const rules: OpeningRules = { ...daytime, holidays: [{ year: 2026, month: 5, day: 17 }], openOnHolidays };
    const dates = closingHolidaysIn(rules, range("2026-05-16T21:00:00Z", "2026-05-16T23:00:00Z"));
    expect(dates.map(formatLocalDate)).toEqual(expected);
  });
});
