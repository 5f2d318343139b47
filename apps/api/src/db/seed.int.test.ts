// The demo seed: idempotent, complete, and consistent with the rules it demonstrates.
import { Availability, Programme } from "@sambruk/contracts";
import { addDays, formatLocalDate, instantAt, isPublicHoliday, OSLO, resolveWallClock, rolesOf, type LocalDate } from "@sambruk/domain";
import { createUsersRepository } from "../modules/users/users.repository";
import { startTestApp, type TestApp } from "../testing/test-app";
import { openTestDatabase } from "../testing/test-database";
import type { Database } from "./database";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS, seedDemoData, type SeedResult } from "./seed";
import { demoBookings, retiredDemoBookingIds } from "./seed/demo-bookings";
import { demoActivityTypes, demoServiceAreas } from "./seed/demo-catalogue";
import { demoBookingDate, demoWeekDate } from "./seed/demo-dates";
import { demoSeries } from "./seed/demo-series";

let db: Database;
let app: TestApp;
let first: SeedResult;
let second: SeedResult;
let before: unknown;
let after: unknown;

const demoBookingIds = demoBookings.map((booking) => booking.id);
const demoSeriesIds = demoSeries.map((series) => series.id);
const demoBookingWhere = { OR: [{ id: { in: demoBookingIds } }, { seriesId: { in: demoSeriesIds } }] };
/** The instant of a wall-clock minute on a date in Oslo. */
const oslo = (date: LocalDate, minute: number) => resolveWallClock(instantAt(date, minute, OSLO), { ambiguous: "earlier", nonexistent: "transition" });
const demoSlugs = (list: { slug: string }[]) => ({ slug: { in: list.map((item) => item.slug) } });

/** Every demo row, without timestamps, in a stable order. */
async function demoRows(database: Database) {
  const { prisma } = database;
  const omitTimes = { createdAt: true, updatedAt: true } as const;
  return {
    centres: await prisma.centre.findMany({ where: { isDemo: true }, omit: omitTimes, include: { hours: true }, orderBy: { slug: "asc" } }),
    spaces: await prisma.space.findMany({ where: { isDemo: true }, omit: omitTimes, orderBy: [{ centreId: "asc" }, { slug: "asc" }] }),
    units: await prisma.spaceUnit.findMany({ where: { space: { isDemo: true } }, orderBy: [{ spaceId: "asc" }, { unitId: "asc" }] }),
    serviceAreas: await prisma.serviceArea.findMany({ where: demoSlugs(demoServiceAreas), orderBy: { slug: "asc" } }),
    activityTypes: await prisma.activityType.findMany({ where: demoSlugs(demoActivityTypes), orderBy: { slug: "asc" } }),
    organisations: await prisma.organisation.findMany({
      where: { id: { in: Object.values(DEMO_ORGANISATION_IDS) } },
      omit: { createdAt: true },
      orderBy: { id: "asc" },
    }),
    users: await prisma.user.findMany({ where: { id: { in: Object.values(DEMO_USER_IDS) } }, omit: { createdAt: true }, orderBy: { id: "asc" } }),
    bookings: await prisma.booking.findMany({ where: demoBookingWhere, omit: omitTimes, orderBy: { id: "asc" } }),
    claims: await prisma.$queryRaw`SELECT c."booking_id", c."unit_id", c."during"::text FROM "booking_claim" c
      JOIN "booking" b ON b."id" = c."booking_id"
      WHERE b."id" = ANY(${demoBookingIds}::uuid[]) OR b."series_id" = ANY(${demoSeriesIds}::uuid[]) ORDER BY 1, 2`,
    series: await prisma.bookingSeries.findMany({ where: { id: { in: demoSeriesIds } }, omit: omitTimes, orderBy: { id: "asc" } }),
    occurrences: await prisma.seriesOccurrence.findMany({
      where: { seriesId: { in: demoSeriesIds } },
      omit: { updatedAt: true },
      orderBy: [{ seriesId: "asc" }, { date: "asc" }],
    }),
  };
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = await startTestApp(db);
  first = await seedDemoData(db.prisma);
  before = await demoRows(db);
  second = await seedDemoData(db.prisma);
  after = await demoRows(db);
});

afterAll(async () => {
  await app.close();
  await db.close();
});

describe("seedDemoData", () => {
  it("is idempotent: seeding twice leaves the same rows", () => {
    expect(after).toEqual(before);
    expect(second).toEqual({
      ...first,
      bookings: { written: 0, unchanged: first.bookings.written + first.bookings.unchanged, skipped: first.bookings.skipped },
      series: { series: 2, written: 0, unchanged: first.series.written + first.series.unchanged, skipped: first.series.skipped },
    });
  });

  it("gives every centre coordinates and four to eight spaces, and libraries where the branches are", async () => {
    const centres = await db.prisma.centre.findMany({ where: { isDemo: true }, include: { spaces: { select: { slug: true, kind: true } } } });
    expect(centres).toHaveLength(7);
    for (const centre of centres) {
      expect(centre.latitude).toBeGreaterThan(59.5);
      expect(centre.longitude).toBeGreaterThan(10.3);
      expect(centre.spaces.length).toBeGreaterThanOrEqual(4);
      expect(centre.spaces.length).toBeLessThanOrEqual(8);
    }
    const withLibrary = centres.filter((centre) => centre.spaces.some((space) => space.kind === "library_area"));
    expect(withLibrary.map((centre) => centre.slug).sort()).toEqual(["asker-sentrum", "heggedal", "slemmestad", "tofte"]);
  });

  it("gives each hall's whole its two parts as units, and every other space itself", async () => {
    const spaces = await db.prisma.space.findMany({
      where: { isDemo: true },
      select: { id: true, slug: true, partOfId: true, centre: { select: { slug: true } }, units: { select: { unitId: true } } },
    });
    const unitsBySlug = (centre: string, slug: string) => {
      const space = spaces.find((candidate) => candidate.centre.slug === centre && candidate.slug === slug);
      const idToSlug = new Map(spaces.map((candidate) => [candidate.id, candidate.slug]));
      return space?.units.map((unit) => idToSlug.get(unit.unitId)).sort();
    };
    for (const centre of ["slemmestad", "asker-sentrum"]) {
      expect(unitsBySlug(centre, "storsalen")).toEqual(["storsalen-a", "storsalen-b"]);
      expect(unitsBySlug(centre, "storsalen-a")).toEqual(["storsalen-a"]);
      expect(unitsBySlug(centre, "storsalen-b")).toEqual(["storsalen-b"]);
    }
    const undivided = spaces.filter((space) => space.slug !== "storsalen");
    expect(undivided.every((space) => space.units.length === 1 && space.units[0]?.unitId === space.id)).toBe(true);
  });

  it("creates a demo user of every role, with fixed ids, and a front-desk host for Slemmestad", async () => {
    const users = createUsersRepository(db.prisma);
    const roles = new Map<string, string[]>();
    for (const id of Object.values(DEMO_USER_IDS)) {
      const principal = await users.findPrincipal(id);
      if (!principal) throw new Error(`demo user ${id} is missing`);
      roles.set(id, rolesOf({ ...principal, frontDeskCentreIds: principal.frontDeskCentres.map((centre) => centre.id) }));
    }
    expect(roles).toEqual(
      new Map([
        [DEMO_USER_IDS.frontDesk, ["front_desk"]],
        [DEMO_USER_IDS.admin, ["admin"]],
        [DEMO_USER_IDS.libraryStaff, ["staff"]],
        [DEMO_USER_IDS.navAdvisor, ["staff"]],
        [DEMO_USER_IDS.volunteerCoordinator, ["coordinator"]],
        [DEMO_USER_IDS.informalCoordinator, ["coordinator"]],
        [DEMO_USER_IDS.resident, ["resident"]],
        [DEMO_USER_IDS.volunteer, ["volunteer"]],
      ]),
    );
    const host = await users.findPrincipal(DEMO_USER_IDS.frontDesk);
    expect(host?.frontDeskCentres.map((centre) => centre.name)).toContain("Slemmestad");
  });

  it("places each demo booking and series occurrence in open time, shown as busy (confirmed) or tentative (requested)", async () => {
    const bookings = await db.prisma.booking.findMany({
      where: demoBookingWhere,
      select: {
        id: true, spaceId: true, status: true, startsAt: true, endsAt: true,
        claims: { select: { unitId: true } }, space: { select: { units: { select: { unitId: true } } } },
      },
    });
    expect(bookings.filter((booking) => demoBookingIds.includes(booking.id)).length + first.bookings.skipped).toBe(demoBookings.length);
    expect(bookings.length).toBe(demoBookings.length - first.bookings.skipped + first.series.written + first.series.unchanged);
    for (const booking of bookings) {
      // A hall's whole claims both its parts.
      expect(booking.claims.length).toBe(booking.status === "confirmed" ? booking.space.units.length : 0);
      const query = new URLSearchParams({ spaceId: booking.spaceId, from: booking.startsAt.toISOString(), to: booking.endsAt.toISOString() });
      const body = Availability.parse(await (await fetch(app.url(`/api/v1/availability?${query}`))).json());
      const states = new Set(body.spaces[0]?.segments.map((segment) => segment.state));
      expect([...states]).toEqual([booking.status === "confirmed" ? "busy" : "tentative"]);
    }
  });
});

describe("the demo series", () => {
  const seriesOf = (id: string | undefined) =>
    db.prisma.bookingSeries.findUniqueOrThrow({
      where: { id: id ?? "" },
      include: { occurrences: { orderBy: { date: "asc" }, include: { booking: true } }, bookings: { select: { id: true } } },
    });
  const isoDate = (date: Date) => date.toISOString().slice(0, 10);

  it("runs a language café at Slemmestad every Tuesday 18–20 for twelve weeks from next week, holidays skipped", async () => {
    const series = await seriesOf(demoSeries[0]?.id);
    const firstTuesday = demoWeekDate({ week: 1, weekday: 2 }, new Date());
    const tuesdays = Array.from({ length: 12 }, (_, n) => addDays(firstTuesday, 7 * n));
    expect(series).toMatchObject({
      organisationId: DEMO_ORGANISATION_IDS.languageCafe,
      bookedById: DEMO_USER_IDS.volunteerCoordinator,
      bookerKind: "volunteer_group",
      rrule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${formatLocalDate(tuesdays[11] ?? firstTuesday).replaceAll("-", "")}`,
      startTime: "18:00",
      endTime: "20:00",
      kind: "standard",
      visibility: "public",
    });
    expect(isoDate(series.firstDate)).toBe(formatLocalDate(firstTuesday));
    expect(series.occurrences.map((occurrence) => isoDate(occurrence.date))).toEqual(tuesdays.map(formatLocalDate));
    for (const [n, occurrence] of series.occurrences.entries()) {
      const date = tuesdays[n] ?? firstTuesday;
      if (isPublicHoliday(date)) {
        expect(occurrence).toMatchObject({ state: "skipped", reason: "holiday", bookingId: null });
        continue;
      }
      expect(occurrence).toMatchObject({ state: "booked", reason: null, startsAt: oslo(date, 18 * 60), endsAt: oslo(date, 20 * 60) });
      expect(occurrence.booking).toMatchObject({
        seriesId: series.id,
        source: "series",
        status: "confirmed",
        bookerKind: "volunteer_group",
        spaceId: series.spaceId,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
      });
    }
    expect(series.bookings).toHaveLength(series.occurrences.filter((occurrence) => occurrence.state === "booked").length);
  });

  it("publishes NAV's drop-in hours at Tofte every Thursday 10–14 from this week, with 20-minute appointments", async () => {
    const series = await seriesOf(demoSeries[1]?.id);
    const firstThursday = demoWeekDate({ week: 0, weekday: 4 }, new Date());
    expect(series).toMatchObject({
      organisationId: DEMO_ORGANISATION_IDS.navGuidance,
      bookedById: DEMO_USER_IDS.navAdvisor,
      bookerKind: "service_unit",
      rrule: expect.stringMatching(/^FREQ=WEEKLY;BYDAY=TH;UNTIL=\d{8}$/),
      kind: "drop_in",
      appointmentMinutes: 20,
      appointmentModes: ["in_person", "digital"],
      meetingLink: "https://meet.example.no/nav-tofte",
      visibility: "public",
    });
    expect(series.occurrences.map((occurrence) => isoDate(occurrence.date))).toEqual(
      Array.from({ length: 10 }, (_, n) => formatLocalDate(addDays(firstThursday, 7 * n))),
    );
    const booked = series.occurrences.filter((occurrence) => occurrence.state === "booked");
    expect(booked.length).toBeGreaterThanOrEqual(8);
    for (const { booking } of booked) {
      expect(booking).toMatchObject({
        kind: "drop_in",
        appointmentMinutes: 20,
        appointmentModes: ["in_person", "digital"],
        meetingLink: "https://meet.example.no/nav-tofte",
        visibility: "public",
        status: "confirmed",
        source: "series",
        bookerKind: "service_unit",
      });
    }
    expect(series.occurrences.filter((occurrence) => occurrence.state === "skipped").every((occurrence) => occurrence.reason === "holiday")).toBe(true);
    expect(await db.prisma.booking.count({ where: { id: { in: retiredDemoBookingIds } } })).toBe(0);
  });

  it("fills this week's programme with public, confirmed demo bookings", async () => {
    const now = new Date();
    const monday = demoWeekDate({ week: 0, weekday: 1 }, now);
    const query = new URLSearchParams({ from: oslo(monday, 0)?.toISOString() ?? "", to: oslo(addDays(monday, 7), 0)?.toISOString() ?? "" });
    const response = await fetch(app.url(`/api/v1/programme?${query}`));
    expect(response.status).toBe(200);
    const titles = Programme.parse(await response.json()).map((item) => item.title);
    // A week-0 booking on a public holiday moves on to next week; the rest are this week.
    const expected = demoBookings.filter((demo) => demo.week === 0 && formatLocalDate(demoBookingDate(demo, now)) === formatLocalDate(demoWeekDate(demo, now)));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(expect.arrayContaining(expected.map((demo) => demo.title)));
    const nav = demoSeries[1];
    if (nav && !isPublicHoliday(demoWeekDate({ week: 0, weekday: 4 }, now))) expect(titles).toContain(nav.title);
  });
});
