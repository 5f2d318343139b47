// The demo seed is placed relative to the week it runs in: whatever the day (a Monday, a Thursday at noon, a
// Sunday evening, weeks with Easter, Ascension, 17 May, Christmas or a daylight-saving change), it writes every
// demo booking and series occurrence without a collision, and seeding again in another week moves the data
// rather than leaving the old weeks behind. Its own database, so that moving the demo weeks disturbs no other
// test file's seed.
import { addDays, formatLocalDate, isPublicHoliday } from "@sambruk/domain";
import { openScratchDatabase } from "../testing/test-database";
import type { Database } from "./database";
import { applyMigrations } from "./migrate";
import { seedDemoData } from "./seed";
import { demoBookings } from "./seed/demo-bookings";
import { demoBookingTimes, demoWeekDate } from "./seed/demo-dates";
import { demoSeries } from "./seed/demo-series";

let db: Database;

beforeAll(async () => {
  db = await openScratchDatabase();
  await applyMigrations(db);
}, 120_000);

afterAll(async () => {
  await db.close();
});

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** In this order, so the demo weeks move forwards and backwards between seeds. */
const nows: [string, string][] = [
  ["a Monday morning", "2026-11-30T07:00:00Z"],
  ["a Thursday at noon, in NAV's drop-in hours", "2026-12-03T11:00:00Z"],
  ["a Sunday evening", "2026-12-06T20:00:00Z"],
  ["the week before Christmas (Christmas Day on Friday, New Year's Day next week)", "2026-12-21T09:00:00Z"],
  ["Easter week (Maundy Thursday, Good Friday; daylight saving starts on Sunday)", "2027-03-24T10:00:00Z"],
  ["Ascension Day's week (17 May and Whit Monday two weeks on)", "2027-05-05T10:00:00Z"],
  ["the week daylight saving ends", "2026-10-21T10:00:00Z"],
  ["back to a Monday morning", "2026-11-30T07:00:00Z"],
];

describe.each(nows)("seeding on %s", (_label, iso) => {
  const now = new Date(iso);

  it("writes every demo booking and occurrence without a collision, and again without a change", async () => {
    const first = await seedDemoData(db.prisma, { now });
    expect(first.bookings.skipped).toBe(0);
    const second = await seedDemoData(db.prisma, { now });
    expect(second.bookings).toEqual({ written: 0, unchanged: demoBookings.length, skipped: 0 });
    expect(second.series).toEqual({ ...first.series, written: 0, unchanged: first.series.written + first.series.unchanged });

    for (const demo of demoBookings) {
      const times = demoBookingTimes(demo, now);
      const stored = await db.prisma.booking.findUniqueOrThrow({ where: { id: demo.id }, select: { startsAt: true, endsAt: true, status: true } });
      expect(stored).toEqual({ startsAt: times.start, endsAt: times.end, status: demo.status });
    }
  }, 60_000);

  it("keeps exactly the series' dates, skipping only public holidays", async () => {
    for (const demo of demoSeries) {
      const firstDate = demoWeekDate({ week: demo.firstWeek, weekday: demo.weekday }, now);
      const dates = Array.from({ length: demo.weeks }, (_, n) => addDays(firstDate, 7 * n));
      const occurrences = await db.prisma.seriesOccurrence.findMany({ where: { seriesId: demo.id }, orderBy: { date: "asc" } });
      expect(occurrences.map((occurrence) => isoDate(occurrence.date))).toEqual(dates.map(formatLocalDate));
      expect(occurrences.map((occurrence) => occurrence.reason)).toEqual(dates.map((date) => (isPublicHoliday(date) ? "holiday" : null)));
      const bookings = await db.prisma.booking.findMany({ where: { seriesId: demo.id }, select: { id: true, status: true } });
      const booked = occurrences.filter((occurrence) => occurrence.state === "booked");
      expect(bookings.map((booking) => booking.id).sort()).toEqual(booked.map((occurrence) => occurrence.bookingId).sort());
      expect(bookings.every((booking) => booking.status === "confirmed")).toBe(true);
    }
  });
});
