import { formatLocalDate } from "../time/local-date";
import { isPublicHoliday, publicHolidayOn, publicHolidays, publicHolidaysBetween } from "./holidays";

describe("publicHolidays (Norway)", () => {
  it("lists the twelve public holidays of 2026, in order", () => {
    expect(publicHolidays(2026).map((h) => `${formatLocalDate(h.date)} ${h.name.nb}`)).toEqual([
      "2026-01-01 Første nyttårsdag",
      "2026-04-02 Skjærtorsdag",
      "2026-04-03 Langfredag",
      "2026-04-05 Første påskedag",
      "2026-04-06 Andre påskedag",
      "2026-05-01 Arbeidernes dag",
      "2026-05-14 Kristi himmelfartsdag",
      "2026-05-17 Grunnlovsdagen",
      "2026-05-24 Første pinsedag",
      "2026-05-25 Andre pinsedag",
      "2026-12-25 Første juledag",
      "2026-12-26 Andre juledag",
    ]);
  });

  it("gives English names too", () => {
    expect(publicHolidayOn({ year: 2026, month: 5, day: 17 })?.name.en).toMatch(/constitution/i);
  });

  it("moves Easter with the year", () => {
    expect(publicHolidays(2027).map((h) => formatLocalDate(h.date))).toContain("2027-03-28");
  });
});

describe("isPublicHoliday", () => {
  it.each([
    [{ year: 2026, month: 5, day: 17 }, true],
    [{ year: 2026, month: 12, day: 24 }, false], // Christmas Eve is a bank holiday, not a public one
    [{ year: 2026, month: 5, day: 8 }, false], // Liberation Day is a flag day
    [{ year: 2026, month: 3, day: 29 }, false], // Palm Sunday is an observance
    [{ year: 2026, month: 11, day: 23 }, false],
  ])("%j → %s", (date, expected) => {
    expect(isPublicHoliday(date)).toBe(expected);
  });
});

describe("publicHolidaysBetween", () => {
  it("spans a new year", () => {
    const list = publicHolidaysBetween({ year: 2026, month: 12, day: 20 }, { year: 2027, month: 1, day: 1 });
    expect(list.map((h) => formatLocalDate(h.date))).toEqual(["2026-12-25", "2026-12-26", "2027-01-01"]);
  });
});
