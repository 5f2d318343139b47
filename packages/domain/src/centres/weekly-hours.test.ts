import { hoursOnDate, hoursOnWeekday, todayAt, validateWeeklyHours, type WeeklyInterval } from "./weekly-hours";
import { OSLO } from "../time/zoned";

const week: WeeklyInterval[] = [
  { weekday: 1, opensMinute: 8 * 60, closesMinute: 20 * 60 },
  { weekday: 6, opensMinute: 14 * 60, closesMinute: 16 * 60 },
  { weekday: 6, opensMinute: 10 * 60, closesMinute: 12 * 60 },
  { weekday: 7, opensMinute: 0, closesMinute: 1440 },
];

describe("validateWeeklyHours", () => {
  it("accepts a valid week", () => {
    expect(validateWeeklyHours(week)).toEqual([]);
  });

  it.each([
    [{ weekday: 0, opensMinute: 60, closesMinute: 120 }, "weekday_out_of_range"],
    [{ weekday: 8, opensMinute: 60, closesMinute: 120 }, "weekday_out_of_range"],
    [{ weekday: 2, opensMinute: -1, closesMinute: 120 }, "time_out_of_range"],
    [{ weekday: 2, opensMinute: 60, closesMinute: 1441 }, "time_out_of_range"],
    [{ weekday: 2, opensMinute: 120, closesMinute: 120 }, "closes_before_opens"],
    [{ weekday: 2, opensMinute: 180, closesMinute: 120 }, "closes_before_opens"],
    [{ weekday: 1, opensMinute: 19 * 60, closesMinute: 21 * 60 }, "overlapping"],
  ])("flags %j as %s", (interval, problem) => {
    expect(validateWeeklyHours([...week, interval as WeeklyInterval])).toEqual([{ index: week.length, problem }]);
  });

  it("lets intervals touch without overlapping", () => {
    expect(validateWeeklyHours([...week, { weekday: 1, opensMinute: 20 * 60, closesMinute: 21 * 60 }])).toEqual([]);
  });
});

describe("hoursOnDate", () => {
  it("returns the day's intervals sorted", () => {
    expect(hoursOnDate(week, { year: 2026, month: 11, day: 28 }).map((i) => i.opensMinute)).toEqual([600, 840]);
  });

  it("is empty on a closed day", () => {
    expect(hoursOnDate(week, { year: 2026, month: 11, day: 24 })).toEqual([]);
  });
});

describe("todayAt", () => {
  it.each([
    ["2026-11-28T10:59:00Z", 6, true], // 11:59 Oslo, Saturday morning session
    ["2026-11-28T11:00:00Z", 6, false], // 12:00 Oslo: closed between sessions (end is exclusive)
    ["2026-11-28T23:30:00Z", 7, true], // 00:30 Sunday in Oslo, still Saturday in UTC
    ["2026-11-23T06:59:00Z", 1, false], // 07:59 Monday, before opening
    ["2026-11-23T07:00:00Z", 1, true], // 08:00 Monday, opening minute
    ["2026-03-29T01:00:00Z", 7, true], // 03:00 on the spring DST change (Sunday)
  ])("at %s it is weekday %i and open=%s in Oslo", (iso, weekday, open) => {
    const status = todayAt(week, new Date(iso), OSLO);
    expect(status.intervals.every((i) => i.weekday === weekday)).toBe(true);
    expect(status.intervals.length).toBeGreaterThan(0);
    expect(status.openNow).toBe(open);
  });

  it("uses the centre's zone, not the process zone", () => {
    // 01:30 UTC Monday is 02:30 Monday in Oslo but still Sunday in São Paulo (the test zone).
    const status = todayAt(week, new Date("2026-11-23T01:30:00Z"), OSLO);
    expect(status.date).toEqual({ year: 2026, month: 11, day: 23 });
    expect(status.intervals).toEqual([week[0]]);
  });
});

describe("hoursOnWeekday", () => {
  it("returns one weekday's intervals sorted by opening", () => {
    expect(hoursOnWeekday(week, 6).map((i) => i.opensMinute)).toEqual([600, 840]);
    expect(hoursOnWeekday(week, 2)).toEqual([]);
  });
});
