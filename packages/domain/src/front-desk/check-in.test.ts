import type { BookingStatus } from "../bookings/booking";
import { intervalBetween } from "../time/interval";
import { CHECK_IN_DEFAULTS, checkInWindow, isDueForRelease, mayCheckIn, noShowCount } from "./check-in";

// A story hour 10:00–11:00 CET (09:00–10:00 UTC) on 2026-10-25, the day Oslo goes back to winter time.
const at = (iso: string) => new Date(iso);
const booking = (status: BookingStatus = "confirmed") => ({ status, start: at("2026-10-25T09:00:00Z"), end: at("2026-10-25T10:00:00Z") });

describe("checkInWindow", () => {
  it("opens 30 minutes before and closes 15 minutes after the start by default", () => {
    expect(CHECK_IN_DEFAULTS).toEqual({ opensMinutesBefore: 30, releaseAfterMinutes: 15 });
    expect(checkInWindow(booking())).toEqual(intervalBetween(at("2026-10-25T08:30:00Z"), at("2026-10-25T09:15:00Z")));
  });

  it("closes at the end of a booking shorter than the release delay", () => {
    const short = { start: at("2026-10-25T09:00:00Z"), end: at("2026-10-25T09:10:00Z") };
    expect(checkInWindow(short).end).toEqual(at("2026-10-25T09:10:00Z"));
  });

  it("reads negative or nonsense minutes as none", () => {
    const window = checkInWindow(booking(), { opensMinutesBefore: -10, releaseAfterMinutes: Number.NaN });
    expect(window).toEqual(intervalBetween(at("2026-10-25T09:00:00Z"), at("2026-10-25T09:00:00Z")));
  });
});

describe("mayCheckIn", () => {
  it.each<[string, BookingStatus, string, boolean]>([
    ["just before the window opens", "confirmed", "2026-10-25T08:29:59Z", false],
    ["as the window opens", "confirmed", "2026-10-25T08:30:00Z", true],
    ["at the start", "confirmed", "2026-10-25T09:00:00Z", true],
    ["one second before the release point", "confirmed", "2026-10-25T09:14:59Z", true],
    ["at the release point", "confirmed", "2026-10-25T09:15:00Z", false],
    ["a requested booking", "requested", "2026-10-25T09:00:00Z", false],
    ["a booking already checked in", "checked_in", "2026-10-25T09:00:00Z", false],
    ["a released booking", "released", "2026-10-25T09:00:00Z", false],
  ])("%s: %s at %s → %s", (_label, status, now, expected) => {
    expect(mayCheckIn(booking(status), at(now))).toBe(expected);
  });

  it("follows the rules it is given", () => {
    const rules = { opensMinutesBefore: 60, releaseAfterMinutes: 30 };
    expect(mayCheckIn(booking(), at("2026-10-25T08:00:00Z"), rules)).toBe(true);
    expect(mayCheckIn(booking(), at("2026-10-25T09:20:00Z"), rules)).toBe(true);
  });
});

describe("isDueForRelease", () => {
  it.each<[string, BookingStatus, string, boolean]>([
    ["before the release point", "confirmed", "2026-10-25T09:14:59Z", false],
    ["at the release point", "confirmed", "2026-10-25T09:15:00Z", true],
    ["just before the end", "confirmed", "2026-10-25T09:59:59Z", true],
    ["at the end: history now", "confirmed", "2026-10-25T10:00:00Z", false],
    ["checked in", "checked_in", "2026-10-25T09:30:00Z", false],
    ["requested, never confirmed", "requested", "2026-10-25T09:30:00Z", false],
    ["already released", "released", "2026-10-25T09:30:00Z", false],
  ])("%s: %s at %s → %s", (_label, status, now, expected) => {
    expect(isDueForRelease(booking(status), at(now))).toBe(expected);
  });

  it("is never due exactly where check-in is still possible", () => {
    for (let minute = -40; minute <= 70; minute += 1) {
      const now = new Date(at("2026-10-25T09:00:00Z").getTime() + minute * 60_000);
      expect(mayCheckIn(booking(), now) && isDueForRelease(booking(), now)).toBe(false);
    }
  });

  it("follows the release delay it is given", () => {
    expect(isDueForRelease(booking(), at("2026-10-25T09:20:00Z"), 30)).toBe(false);
    expect(isDueForRelease(booking(), at("2026-10-25T09:30:00Z"), 30)).toBe(true);
  });
});

describe("noShowCount", () => {
  const history = [
    { status: "released" as const, start: at("2026-09-01T16:00:00Z") },
    { status: "released" as const, start: at("2026-10-06T16:00:00Z") },
    { status: "checked_in" as const, start: at("2026-10-13T16:00:00Z") },
    { status: "cancelled" as const, start: at("2026-10-20T16:00:00Z") },
    { status: "released" as const, start: at("2026-10-27T17:00:00Z") },
  ];
  it("counts released bookings", () => {
    expect(noShowCount(history)).toBe(3);
    expect(noShowCount([])).toBe(0);
  });

  it("counts only those starting in the period when one is given", () => {
    expect(noShowCount(history, intervalBetween(at("2026-10-01T00:00:00Z"), at("2026-10-27T17:00:00Z")))).toBe(1);
  });
});
