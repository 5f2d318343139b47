import { shiftWeeks, todayIn, weekOf, isoWithOffset } from "./week";

const OSLO = "Europe/Oslo";

describe("weekOf", () => {
  it.each([
    ["a Tuesday in winter", "2026-12-01", "2026-11-30", "2026-11-29T23:00:00.000Z", "2026-12-06T23:00:00.000Z"],
    ["a Monday", "2026-11-30", "2026-11-30", "2026-11-29T23:00:00.000Z", "2026-12-06T23:00:00.000Z"],
    ["a Sunday belongs to the week before", "2026-12-06", "2026-11-30", "2026-11-29T23:00:00.000Z", "2026-12-06T23:00:00.000Z"],
    // Summer time starts on Sunday 28 March 2027: the week is 167 hours long.
    ["the spring-forward week", "2027-03-28", "2027-03-22", "2027-03-21T23:00:00.000Z", "2027-03-28T22:00:00.000Z"],
    // Winter time returns on Sunday 25 October 2026: 169 hours.
    ["the fall-back week", "2026-10-21", "2026-10-19", "2026-10-18T22:00:00.000Z", "2026-10-25T23:00:00.000Z"],
  ])("%s (%s) starts on Monday %s in Oslo", (_, date, monday, from, to) => {
    const week = weekOf(date, OSLO);
    expect(week.days[0]).toBe(monday);
    expect(week.days).toHaveLength(7);
    expect(week.from).toBe(from);
    expect(week.to).toBe(to);
  });
});

describe("dates on the Oslo wall clock", () => {
  it.each([
    ["late evening UTC is already tomorrow in Oslo", "2026-12-01T23:30:00Z", "2026-12-02"],
    ["early morning UTC", "2026-12-01T00:30:00Z", "2026-12-01"],
  ])("today: %s", (_, now, today) => {
    expect(todayIn(new Date(now), OSLO)).toBe(today);
  });

  it("moves by whole weeks across a year end", () => {
    expect(shiftWeeks("2026-12-29", 1)).toBe("2027-01-05");
    expect(shiftWeeks("2026-12-01", -1)).toBe("2026-11-24");
  });

  it.each([
    ["winter", "2026-12-01T17:00:00Z", "2026-12-01T18:00:00+01:00"],
    ["summer", "2027-03-30T16:00:00Z", "2027-03-30T18:00:00+02:00"],
  ])("writes an instant with Oslo's offset in %s", (_, instant, expected) => {
    expect(isoWithOffset(new Date(instant), OSLO)).toBe(expected);
  });
});
