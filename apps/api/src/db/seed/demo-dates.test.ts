import { demoBookingDate, demoBookingTimes, demoWeekDate } from "./demo-dates";

const at = (instant: string) => new Date(instant);
const iso = (date: { year: number; month: number; day: number }) =>
  `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;

describe("demoBookingDate", () => {
  it.each([
    ["a Wednesday: week 1 is the next week", "2026-11-25T12:00:00Z", { week: 1, weekday: 2 }, "2026-12-01"],
    ["late on a Sunday in Oslo", "2026-11-29T22:30:00Z", { week: 1, weekday: 1 }, "2026-11-30"],
    ["just after midnight on a Monday in Oslo (still Sunday in UTC)", "2026-11-29T23:30:00Z", { week: 1, weekday: 1 }, "2026-12-07"],
    ["a public holiday moves on by a week, twice (Christmas Day, New Year's Day)", "2026-12-16T12:00:00Z", { week: 1, weekday: 5 }, "2027-01-08"],
    ["week 0 is this week, a day already past included", "2026-11-25T12:00:00Z", { week: 0, weekday: 1 }, "2026-11-23"],
    ["week 0 on a public holiday moves on to next week (Maundy Thursday)", "2027-03-22T12:00:00Z", { week: 0, weekday: 4 }, "2027-04-01"],
  ] as const)("%s", (_label, now, slot, expected) => {
    expect(iso(demoBookingDate(slot, at(now)))).toBe(expected);
  });
});

describe("demoWeekDate", () => {
  it("keeps a public holiday (a series skips it instead)", () => {
    expect(iso(demoWeekDate({ week: 0, weekday: 4 }, at("2027-03-22T12:00:00Z")))).toBe("2027-03-25");
  });
});

describe("demoBookingTimes", () => {
  it("reads the wall clock in Oslo, in winter and in summer", () => {
    expect(demoBookingTimes({ week: 1, weekday: 2, from: "18:00", to: "20:00" }, at("2026-11-25T12:00:00Z"))).toEqual({
      start: at("2026-12-01T17:00:00Z"),
      end: at("2026-12-01T19:00:00Z"),
    });
    expect(demoBookingTimes({ week: 1, weekday: 2, from: "18:00", to: "20:00" }, at("2026-06-03T12:00:00Z"))).toEqual({
      start: at("2026-06-09T16:00:00Z"),
      end: at("2026-06-09T18:00:00Z"),
    });
  });
});
