import { fromWallClock, toWallClock } from "./oslo-wall-clock";

// The test process runs in another zone than Oslo: the fields must follow Oslo's clock, not the machine's.
describe("the edit form's date and times on Oslo's clock", () => {
  it("reads a winter evening (UTC+1) and writes it back with the offset", () => {
    const times = toWallClock("2026-03-12T17:00:00Z", "2026-03-12T19:30:00Z");
    expect(times).toEqual({ date: "2026-03-12", start: "18:00", end: "20:30" });
    const instants = fromWallClock(times);
    expect(instants).toEqual({ start: "2026-03-12T18:00:00.000+01:00", end: "2026-03-12T20:30:00.000+01:00" });
    expect(Date.parse(instants?.start ?? "")).toBe(Date.parse("2026-03-12T17:00:00Z"));
  });

  it("uses summer time (UTC+2) after the change", () => {
    const instants = fromWallClock({ date: "2026-03-30", start: "10:00", end: "12:00" });
    expect(Date.parse(instants?.start ?? "")).toBe(Date.parse("2026-03-30T08:00:00Z"));
  });

  it("refuses an end at or before the start, and empty fields", () => {
    expect(fromWallClock({ date: "2026-03-12", start: "12:00", end: "12:00" })).toBeNull();
    expect(fromWallClock({ date: "2026-03-12", start: "12:00", end: "09:00" })).toBeNull();
    expect(fromWallClock({ date: "", start: "12:00", end: "13:00" })).toBeNull();
    expect(fromWallClock({ date: "2026-03-12", start: "", end: "13:00" })).toBeNull();
  });
});
