import { at, everyDay, makeBooking, makeSpace } from "../testing/fixtures";
import type { Booking } from "../bookings/booking";
import type { Space } from "../spaces/space";
import { rankAlternatives, spreadByKind, type Alternative, type AlternativesInput } from "./alternatives";
import type { CentreSnapshot } from "./bookable";

const none = { stepFree: false, hearingLoop: false, accessibleWc: false };
const stepFree = { ...none, stepFree: true };
const room = (id: string, centreId: string, capacity: number, extra: Partial<Space> = {}) =>
  makeSpace(id, { centreId, capacity, accessibility: stepFree, privacy: "closed", ...extra });
const centre = (centreId: string, spaces: Space[], bookings: Booking[] = []): CentreSnapshot => ({
  centreId,
  opening: { weeklyHours: everyDay(8 * 60, 22 * 60) },
  spaces,
  bookings,
});
const show = (list: Alternative[]) => list.map((a) => `${a.kind} ${a.spaceId} ${a.start.toISOString().slice(5, 16)}`);

// Tofte: the requested room is taken 10–11 and 11–12 Oslo (09–11 UTC) on Monday 23 November.
const tofte = centre(
  "tofte",
  [
    room("room1", "tofte", 10),
    room("room2", "tofte", 12, { accessibility: { ...stepFree, hearingLoop: true } }),
    room("room3", "tofte", 20, { accessibility: none }), // not step-free: not equivalent
    room("square", "tofte", 50, { privacy: "open" }), // no sound privacy: not equivalent
    room("small", "tofte", 4), // too small
    room("room4", "tofte", 15), // booked at the time
    room("room5", "tofte", 30),
  ],
  [
    makeBooking("room1", "2026-11-23T09:00:00Z", "2026-11-23T10:00:00Z"),
    makeBooking("room1", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"),
    makeBooking("room4", "2026-11-23T08:30:00Z", "2026-11-23T09:30:00Z"),
  ],
);
const others = [
  centre("holmen", [room("m2", "holmen", 25), room("m1", "holmen", 10)]),
  centre("saetre", [room("s1", "saetre", 10)]),
  centre("heggedal", [room("h1", "heggedal", 10)]),
  centre("spikkestad", [room("p1", "spikkestad", 10)], [makeBooking("p1", "2026-11-23T08:00:00Z", "2026-11-23T12:00:00Z")]),
];
const km: Record<string, number> = { heggedal: 5, saetre: 10, spikkestad: 12, holmen: 30 };
const input: AlternativesInput = {
  request: { spaceId: "room1", start: at("2026-11-23T09:00:00Z"), end: at("2026-11-23T10:00:00Z") },
  now: at("2026-11-20T12:00:00Z"),
  bookerKind: "service_unit",
  attendees: 8,
  centre: tofte,
  otherCentres: others,
  distance: (_from, to) => km[to] ?? 99,
};

describe("rankAlternatives", () => {
  it("offers the same room at the nearest free times, then equivalent rooms, then the nearest centres", () => {
    expect(show(rankAlternatives(input))).toEqual([
      "same_space room1 11-23T08:00", // 09:00–10:00 Oslo, just before
      "same_space room1 11-23T07:30",
      "same_space room1 11-23T07:00", // ties with 11:00 UTC: the earlier first
      "same_centre room2 11-23T09:00",
      "same_centre room5 11-23T09:00",
      "other_centre h1 11-23T09:00",
      "other_centre s1 11-23T09:00",
      "other_centre m1 11-23T09:00", // the tighter fit of Holmen's two rooms
    ]);
  });

  it.each([
    [1, 3],
    [0, 0],
  ])("offers %i of each kind", (perKind, count) => {
    expect(rankAlternatives({ ...input, perKind })).toHaveLength(count);
  });

  it("is empty for a space it does not know", () => {
    expect(rankAlternatives({ ...input, request: { ...input.request, spaceId: "nowhere" } })).toEqual([]);
  });

  it("offers both 02:00s of the fall-back night, nearest first", () => {
    const night = centre("tofte", [makeSpace("r", { centreId: "tofte" }, { slotStepMinutes: 60 })], [
      makeBooking("r", "2026-10-24T22:00:00Z", "2026-10-25T00:00:00Z"), // 00:00–02:00 summer time
      makeBooking("r", "2026-10-25T02:00:00Z", "2026-10-25T05:00:00Z"),
    ]);
    night.opening = { weeklyHours: everyDay(0, 1440) };
    const result = rankAlternatives({
      ...input,
      request: { spaceId: "r", start: at("2026-10-24T23:00:00Z"), end: at("2026-10-25T00:00:00Z") },
      now: at("2026-10-20T12:00:00Z"),
      attendees: 2,
      centre: night,
      otherCentres: [],
    });
    expect(show(result)).toEqual([
      "same_space r 10-25T00:00", // the first 02:00 (summer time)
      "same_space r 10-24T21:00", // 23:00 the evening before
      "same_space r 10-25T01:00", // the second 02:00 (winter time)
    ]);
  });

  it("goes from 01:00 straight to 03:00 on the spring-forward night", () => {
    const night = centre("tofte", [makeSpace("r", { centreId: "tofte" }, { slotStepMinutes: 60 })], [
      makeBooking("r", "2026-03-28T21:00:00Z", "2026-03-29T00:00:00Z"), // 22:00–01:00
    ]);
    night.opening = { weeklyHours: everyDay(0, 1440) };
    const result = rankAlternatives({
      ...input,
      request: { spaceId: "r", start: at("2026-03-28T23:00:00Z"), end: at("2026-03-29T00:00:00Z") },
      now: at("2026-03-20T12:00:00Z"),
      attendees: 2,
      centre: night,
      otherCentres: [],
    });
    expect(show(result)).toEqual([
      "same_space r 03-29T00:00", // 01:00–03:00 on the wall, one hour
      "same_space r 03-29T01:00", // 03:00–04:00: there is no 02:00 slot
      "same_space r 03-28T20:00", // 21:00 the evening before, as far as 04:00–05:00: the earlier first

    ]);
  });
});

describe("spreadByKind", () => {
  const alt = (kind: Alternative["kind"], n: number): Alternative => ({ kind, centreId: "c", spaceId: `s${n}`, start: new Date(n * 3_600_000), end: new Date((n + 1) * 3_600_000) });
  const ranked = [alt("same_space", 1), alt("same_space", 2), alt("same_space", 3), alt("same_centre", 4), alt("same_centre", 5), alt("other_centre", 6)];

  it("puts the best of each kind first, then the rest in rank order", () => {
    expect(spreadByKind(ranked, 5).map((a) => a.spaceId)).toEqual(["s1", "s4", "s6", "s2", "s3"]);
  });

  it("keeps rank order within the limit and never more than the limit", () => {
    expect(spreadByKind(ranked, 2).map((a) => a.spaceId)).toEqual(["s1", "s4"]);
    expect(spreadByKind(ranked, 0)).toEqual([]);
    expect(spreadByKind([], 3)).toEqual([]);
  });
});
