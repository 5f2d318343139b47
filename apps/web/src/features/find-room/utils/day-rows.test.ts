import { nb } from "date-fns/locale/nb";
import { calendarEvents } from "./calendar-events";
import { dayRows } from "./day-rows";
import { formatTimeRange, type LabelFormat } from "./labels";
import type { StateSegment } from "./slots";
import { bookPath } from "./book-path";
import { weekOf } from "./week";

const OSLO = "Europe/Oslo";
const fmt: LabelFormat = { locale: nb, dayPattern: "EEEE d. MMMM", timeZone: OSLO };
const rules = { minDurationMinutes: 30, maxDurationMinutes: 240, slotStepMinutes: 15 };
const EARLY = new Date("2026-01-01T00:00:00Z");

/** Each day as "date: 18:00–20:00 free [18:00–20:00], …" on the Oslo wall clock. */
function describe_(segments: StateSegment[], date: string, from: string, to: string, duration = 120, now = EARLY) {
  return dayRows({ segments, days: weekOf(date, OSLO).days, from, to, durationMinutes: duration, rules, now, timeZone: OSLO }).map(
    (row) =>
      `${row.date}: ${row.pieces
        .map((piece) => `${formatTimeRange(piece.start, piece.end, fmt)} ${piece.state}${piece.slot ? ` [${formatTimeRange(piece.slot.start, piece.slot.end, fmt)}]` : ""}`)
        .join(", ")}`,
  );
}

describe("dayRows: the list view's rows", () => {
  it("cuts a winter week to the day's window, by state, leaving closed time out", () => {
    const segments: StateSegment[] = [
      { start: "2026-11-29T23:00:00Z", end: "2026-12-01T07:00:00Z", state: "closed" },
      { start: "2026-12-01T07:00:00Z", end: "2026-12-01T16:00:00Z", state: "free" },
      { start: "2026-12-01T16:00:00Z", end: "2026-12-01T17:00:00Z", state: "busy" },
      { start: "2026-12-01T17:00:00Z", end: "2026-12-01T19:00:00Z", state: "free" },
      { start: "2026-12-01T19:00:00Z", end: "2026-12-01T20:00:00Z", state: "tentative" },
      { start: "2026-12-01T20:00:00Z", end: "2026-12-06T23:00:00Z", state: "closed" },
    ];
    expect(describe_(segments, "2026-12-01", "16:00", "22:00")).toEqual([
      "2026-11-30: ",
      "2026-12-01: 16:00–17:00 free [16:00–17:00], 17:00–18:00 busy, 18:00–20:00 free [18:00–20:00], 20:00–21:00 tentative",
      "2026-12-02: ",
      "2026-12-03: ",
      "2026-12-04: ",
      "2026-12-05: ",
      "2026-12-06: ",
    ]);
  });

  it("keeps Oslo's wall clock through the spring-forward week of 2027-03-28", () => {
    // Free all week (Monday 00:00 to Monday 00:00 Oslo: 167 hours).
    const week = weekOf("2027-03-28", OSLO);
    const segments: StateSegment[] = [{ start: week.from, end: week.to, state: "free" }];
    const rows = describe_(segments, "2027-03-28", "18:00", "20:00");
    expect(rows).toEqual(week.days.map((day) => `${day}: 18:00–20:00 free [18:00–20:00]`));
    // Saturday in winter time (UTC+1), Sunday in summer time (UTC+2).
    const [saturday, sunday] = dayRows({ segments, days: ["2027-03-27", "2027-03-28"], from: "18:00", to: "20:00", durationMinutes: 120, rules, now: EARLY, timeZone: OSLO });
    expect(saturday?.pieces[0]?.start.toISOString()).toBe("2027-03-27T17:00:00.000Z");
    expect(sunday?.pieces[0]?.start.toISOString()).toBe("2027-03-28T16:00:00.000Z");
    expect(bookPath("s1", { start: new Date("2027-03-28T16:00:00Z"), end: new Date("2027-03-28T18:00:00Z") }, OSLO)).toBe(
      "/book?spaceId=s1&start=2027-03-28T18%3A00%3A00%2B02%3A00&end=2027-03-28T20%3A00%3A00%2B02%3A00",
    );
  });

  it("offers a shorter button for free time shorter than the wanted duration, and none for what is too short", () => {
    const segments: StateSegment[] = [
      { start: "2026-12-01T17:00:00Z", end: "2026-12-01T17:45:00Z", state: "free" },
      { start: "2026-12-01T17:45:00Z", end: "2026-12-01T18:00:00Z", state: "busy" },
      { start: "2026-12-01T18:00:00Z", end: "2026-12-01T18:15:00Z", state: "free" },
    ];
    expect(describe_(segments, "2026-12-01", "18:00", "20:00")[1]).toBe(
      "2026-12-01: 18:00–18:45 free [18:00–18:45], 18:45–19:00 busy, 19:00–19:15 free",
    );
  });
});

describe("calendarEvents", () => {
  const names = { free: "Ledig", busy: "Opptatt", tentative: "Forespurt", closed: "Stengt" };
  const labels = (segment: StateSegment) =>
    calendarEvents("space-1", [segment], fmt, names).map((event) => [event.kind, event.title, event.start, event.end, event.label]);

  it.each<[StateSegment, string[][]]>([
    [
      { start: "2026-12-01T17:00:00Z", end: "2026-12-01T19:00:00Z", state: "busy" },
      [["busy", "Opptatt", "2026-12-01T17:00:00.000Z", "2026-12-01T19:00:00.000Z", "Opptatt, tirsdag 1. desember, 18:00–20:00"]],
    ],
    [
      { start: "2026-12-01T19:00:00Z", end: "2026-12-01T20:00:00Z", state: "tentative" },
      [["tentative", "Forespurt", "2026-12-01T19:00:00.000Z", "2026-12-01T20:00:00.000Z", "Forespurt, tirsdag 1. desember, 20:00–21:00"]],
    ],
    [
      { start: "2027-03-28T16:00:00Z", end: "2027-03-28T18:00:00Z", state: "free" },
      [["free", "Ledig", "2027-03-28T16:00:00.000Z", "2027-03-28T18:00:00.000Z", "Ledig, søndag 28. mars, 18:00–20:00"]],
    ],
    // Cut at Oslo's midnight, not UTC's: one part per day column.
    [
      { start: "2026-12-01T20:00:00Z", end: "2026-12-02T07:00:00Z", state: "closed" },
      [
        ["closed", "Stengt", "2026-12-01T20:00:00.000Z", "2026-12-01T23:00:00.000Z", "Stengt, tirsdag 1. desember, 21:00–24:00"],
        ["closed", "Stengt", "2026-12-01T23:00:00.000Z", "2026-12-02T07:00:00.000Z", "Stengt, onsdag 2. desember, 00:00–08:00"],
      ],
    ],
    // The spring-forward night: Saturday ends at 23:00 UTC, Sunday (23 hours) at 22:00 UTC.
    [
      { start: "2027-03-27T19:00:00Z", end: "2027-03-29T06:00:00Z", state: "closed" },
      [
        ["closed", "Stengt", "2027-03-27T19:00:00.000Z", "2027-03-27T23:00:00.000Z", "Stengt, lørdag 27. mars, 20:00–24:00"],
        ["closed", "Stengt", "2027-03-27T23:00:00.000Z", "2027-03-28T22:00:00.000Z", "Stengt, søndag 28. mars, 00:00–24:00"],
        ["closed", "Stengt", "2027-03-28T22:00:00.000Z", "2027-03-29T06:00:00.000Z", "Stengt, mandag 29. mars, 00:00–08:00"],
      ],
    ],
  ])("%# %j", (segment, expected) => {
    expect(labels(segment)).toEqual(expected);
  });
});
