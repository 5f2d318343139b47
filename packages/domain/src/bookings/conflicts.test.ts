import { intervalBetween } from "../time/interval";
import { at, makeBooking, makeSpace } from "../testing/fixtures";
import type { Booking } from "./booking";
import { findConflicts } from "./conflicts";

const hall = makeSpace("hall", { kind: "hall", partIds: ["hall-a", "hall-b"] }, { bufferAfterMinutes: 30 });
const partA = makeSpace("hall-a", { kind: "hall" }, { bufferBeforeMinutes: 15 });
const partB = makeSpace("hall-b", { kind: "hall" });
const room = makeSpace("room");
const spaces = [hall, partA, partB, room];
const spaceById = new Map(spaces.map((s) => [s.id, s]));
const slot = (start: string, end: string) => intervalBetween(at(start), at(end));

// Existing bookings, all on 2026-11-23 (UTC times).
const onA = makeBooking("hall-a", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", "confirmed", "onA"); // occupies 09:45–11:00
const onHall = makeBooking("hall", "2026-11-23T13:00:00Z", "2026-11-23T14:00:00Z", "checked_in", "onHall"); // occupies 13:00–14:30
const onRoom = makeBooking("room", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", "confirmed", "onRoom");
const askB = makeBooking("hall-b", "2026-11-23T16:00:00Z", "2026-11-23T17:00:00Z", "requested", "askB");
const gone = makeBooking("hall-b", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", "cancelled", "gone");
const bumped = makeBooking("hall", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", "bumped", "bumped");
const existing: Booking[] = [onA, onHall, onRoom, askB, gone, bumped];

describe("findConflicts", () => {
  it.each<[string, string, string, string, string[], string[]]>([
    ["part B beside a booked part A", "hall-b", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", [], []],
    ["the whole over a booked part", "hall", "2026-11-23T10:30:00Z", "2026-11-23T11:00:00Z", ["onA"], []],
    ["a part under a booked whole", "hall-b", "2026-11-23T13:30:00Z", "2026-11-23T14:00:00Z", ["onHall"], []],
    ["a part in the whole's buffer after", "hall-b", "2026-11-23T14:00:00Z", "2026-11-23T15:00:00Z", ["onHall"], []],
    ["a part after the whole's buffer", "hall-b", "2026-11-23T14:30:00Z", "2026-11-23T15:00:00Z", [], []],
    ["part A's own buffer before meets the whole's end", "hall-a", "2026-11-23T14:45:00Z", "2026-11-23T15:00:00Z", [], []],
    ["part A's own buffer before reaches into the whole's buffer", "hall-a", "2026-11-23T14:40:00Z", "2026-11-23T15:00:00Z", ["onHall"], []],
    ["the whole, whose buffer after reaches part A's buffer before", "hall", "2026-11-23T09:00:00Z", "2026-11-23T09:30:00Z", ["onA"], []],
    ["the whole, ending when part A's buffer begins", "hall", "2026-11-23T08:45:00Z", "2026-11-23T09:15:00Z", [], []],
    ["touching a booking is fine", "room", "2026-11-23T11:00:00Z", "2026-11-23T12:00:00Z", [], []],
    ["the same time in the same room", "room", "2026-11-23T10:30:00Z", "2026-11-23T10:45:00Z", ["onRoom"], []],
    ["a requested booking is tentative only", "hall", "2026-11-23T16:30:00Z", "2026-11-23T17:30:00Z", [], ["askB"]],
    ["cancelled and bumped bookings hold nothing", "hall-b", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z", [], []],
    ["the whole over everything", "hall", "2026-11-23T08:00:00Z", "2026-11-23T18:00:00Z", ["onA", "onHall"], ["askB"]],
  ])("%s", (_label, spaceId, start, end, conflicts, tentative) => {
    const space = spaceById.get(spaceId) ?? room;
    const report = findConflicts({ space, interval: slot(start, end) }, existing, spaces);
    expect(report.conflicts.map((c) => c.booking.id)).toEqual(conflicts);
    expect(report.tentative.map((c) => c.booking.id)).toEqual(tentative);
  });

  it("reports the occupied interval, buffers included", () => {
    const report = findConflicts({ space: hall, interval: slot("2026-11-23T10:30:00Z", "2026-11-23T11:00:00Z") }, existing, spaces);
    expect(report.conflicts[0]?.occupied).toEqual(slot("2026-11-23T09:45:00Z", "2026-11-23T11:00:00Z"));
  });

  it("ignores the booking being moved", () => {
    const candidate = { space: room, interval: slot("2026-11-23T10:30:00Z", "2026-11-23T11:30:00Z"), ignoreBookingId: "onRoom" };
    expect(findConflicts(candidate, existing, spaces).conflicts).toEqual([]);
  });

  it("holds across the fall-back night: 02:30 summer and 02:30 winter are different instants", () => {
    const first = makeBooking("room", "2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "confirmed", "first"); // 02:30–02:00 (+02→+01)
    const candidate = { space: room, interval: slot("2026-10-25T01:30:00Z", "2026-10-25T02:00:00Z") }; // second 02:30–03:00
    expect(findConflicts(candidate, [first], spaces).conflicts).toEqual([]);
    const overlapping = { space: room, interval: slot("2026-10-25T00:45:00Z", "2026-10-25T01:15:00Z") };
    expect(findConflicts(overlapping, [first], spaces).conflicts.map((c) => c.booking.id)).toEqual(["first"]);
  });
});
