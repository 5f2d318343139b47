import { instantOf, normaliseTime, wallClockOf } from "./wall-clock";

describe("the Oslo wall clock of the booking form", () => {
  it.each([
    ["18:00", "18:00"],
    ["18.00", "18:00"],
    ["1800", "18:00"],
    ["9", "09:00"],
    ["24:00", "24:00"],
    ["24:30", null],
    ["18:60", null],
    ["kl 18", null],
  ])("reads %s as %s", (text, expected) => {
    expect(normaliseTime(text)).toBe(expected);
  });

  it.each([
    ["2026-03-17", "18:00", "2026-03-17T18:00:00+01:00"],
    // Summer time from Sunday 29 March 2026.
    ["2026-03-31", "18:00", "2026-03-31T18:00:00+02:00"],
    ["2026-10-25", "18:00", "2026-10-25T18:00:00+01:00"],
    ["2026-02-31", "18:00", null],
    ["2026-03-17", "", null],
  ])("%s %s in Oslo is %s", (date, time, expected) => {
    expect(instantOf(date, time)).toBe(expected);
  });

  it("shows an instant as the Oslo date and time, whatever the zone of the machine", () => {
    expect(wallClockOf("2026-03-17T17:00:00Z")).toEqual({ date: "2026-03-17", time: "18:00" });
    expect(wallClockOf("2026-06-30T22:30:00Z")).toEqual({ date: "2026-07-01", time: "00:30" });
    expect(wallClockOf("not a time")).toBeNull();
  });
});
