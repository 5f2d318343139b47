import { intervalBetween } from "../time/interval";
import { at, makeBooking, makeSpace } from "../testing/fixtures";
import { BOOKING_STATUSES, holdsTime, occupiedInterval, occupiedIntervalIn } from "./booking";

describe("holdsTime", () => {
  it.each(BOOKING_STATUSES.map((s) => [s, s === "confirmed" || s === "checked_in"]))("%s → %s", (status, expected) => {
    expect(holdsTime(status)).toBe(expected);
  });
});

describe("occupiedInterval", () => {
  const booking = makeBooking("k", "2026-11-23T10:00:00Z", "2026-11-23T12:00:00Z");
  it.each([
    [0, 0, "2026-11-23T10:00:00Z", "2026-11-23T12:00:00Z"],
    [15, 30, "2026-11-23T09:45:00Z", "2026-11-23T12:30:00Z"],
    [0, 90, "2026-11-23T10:00:00Z", "2026-11-23T13:30:00Z"],
  ])("buffers %i before and %i after → [%s, %s)", (before, after, start, end) => {
    const space = makeSpace("k", {}, { bufferBeforeMinutes: before, bufferAfterMinutes: after });
    expect(occupiedInterval(booking, space)).toEqual(intervalBetween(at(start), at(end)));
  });

  it("counts no buffers for a space it cannot find", () => {
    expect(occupiedIntervalIn(booking, new Map())).toEqual(intervalBetween(booking.start, booking.end));
  });
});
