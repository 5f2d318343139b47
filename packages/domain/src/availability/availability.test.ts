import { openIntervals } from "../centres/open-intervals";
import { intervalBetween } from "../time/interval";
import { at, everyDay, makeBooking, makeSpace } from "../testing/fixtures";
import { availability, type AvailabilitySegment } from "./availability";

const hall = makeSpace("hall", { kind: "hall", partIds: ["hall-a", "hall-b"] }, { bufferAfterMinutes: 30 });
const partA = makeSpace("hall-a", { kind: "hall" }, { bufferBeforeMinutes: 15 });
const partB = makeSpace("hall-b", { kind: "hall" });
const spaces = [hall, partA, partB];
const hours = { weeklyHours: everyDay(8 * 60, 22 * 60) };
const day = (date: string) => intervalBetween(at(`${date}T00:00:00Z`), at(`${date}T24:00:00Z`));
const show = (segments: AvailabilitySegment[]) =>
  segments.map((s) => `${s.start.toISOString().slice(11, 16)}–${s.end.toISOString().slice(11, 16)} ${s.state}`);

describe("availability", () => {
  const range = day("2026-11-23"); // a Monday in winter: open 07:00–21:00 UTC
  const open = openIntervals(hours, range);
  const bookings = [
    makeBooking("hall-a", "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"), // busy 08:45–10:00
    makeBooking("hall", "2026-11-23T12:00:00Z", "2026-11-23T13:00:00Z"), // busy 12:00–13:30
    makeBooking("hall-b", "2026-11-23T13:00:00Z", "2026-11-23T15:00:00Z", "requested"), // tentative 13:30–15:00 for the whole
    makeBooking("hall-b", "2026-11-23T16:00:00Z", "2026-11-23T17:00:00Z", "cancelled"),
    makeBooking("hall-a", "2026-11-23T20:00:00Z", "2026-11-23T23:00:00Z"), // runs past closing
  ];

  // Segments tile the range (see the property test), so their starts and states say everything.
  it.each([
    ["hall", hall, "00:00 closed|07:00 free|08:45 busy|10:00 free|12:00 busy|13:30 tentative|15:00 free|19:45 busy|21:00 closed"],
    ["part A", partA, "00:00 closed|07:00 free|08:45 busy|10:00 free|12:00 busy|13:30 free|19:45 busy|21:00 closed"],
    ["part B", partB, "00:00 closed|07:00 free|12:00 busy|13:30 tentative|15:00 free|21:00 closed"],
  ])("%s", (_label, space, expected) => {
    const segments = availability({ space, spaces, bookings, open, range });
    expect(segments.map((s) => `${s.start.toISOString().slice(11, 16)} ${s.state}`).join("|")).toBe(expected);
    expect(segments[segments.length - 1]?.end).toEqual(range.end);
  });

  it("is all closed on a closed day and empty for an empty range", () => {
    expect(show(availability({ space: hall, spaces, bookings: [], open: [], range }))).toEqual(["00:00–00:00 closed"]);
    expect(availability({ space: hall, spaces, bookings: [], open, range: intervalBetween(0, 0) })).toEqual([]);
  });

  it("follows the 23-hour spring-forward day (open 00–24 Oslo)", () => {
    const spring = intervalBetween(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"));
    const allDay = openIntervals({ weeklyHours: everyDay(0, 1440) }, spring);
    const booking = makeBooking("hall-b", "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"); // 01:30 → 03:30 Oslo
    expect(show(availability({ space: partB, spaces, bookings: [booking], open: allDay, range: spring }))).toEqual([
      "23:00–00:30 free",
      "00:30–01:30 busy",
      "01:30–22:00 free",
    ]);
  });

  it("carries no personal data: segments have only start, end and state", () => {
    const segments = availability({ space: hall, spaces, bookings, open, range });
    expect(new Set(segments.flatMap((s) => Object.keys(s)))).toEqual(new Set(["start", "end", "state"]));
  });
});
