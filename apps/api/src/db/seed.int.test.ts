// The demo seed: idempotent, complete, and consistent with the rules it demonstrates.
import { Availability } from "@sambruk/contracts";
import { rolesOf } from "@sambruk/domain";
import { createUsersRepository } from "../modules/users/users.repository";
import { startTestApp, type TestApp } from "../testing/test-app";
import { openTestDatabase } from "../testing/test-database";
import type { Database } from "./database";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS, seedDemoData, type SeedResult } from "./seed";
import { demoBookings } from "./seed/demo-bookings";
import { demoActivityTypes, demoServiceAreas } from "./seed/demo-catalogue";

let db: Database;
let app: TestApp;
let first: SeedResult;
let second: SeedResult;
let before: unknown;
let after: unknown;

const demoBookingIds = demoBookings.map((booking) => booking.id);
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
    bookings: await prisma.booking.findMany({ where: { id: { in: demoBookingIds } }, omit: omitTimes, orderBy: { id: "asc" } }),
    claims: await prisma.$queryRaw`SELECT "booking_id", "unit_id", "during"::text FROM "booking_claim"
      WHERE "booking_id" = ANY(${demoBookingIds}::uuid[]) ORDER BY 1, 2`,
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
    expect(second).toEqual({ ...first, bookings: { written: 0, unchanged: first.bookings.written + first.bookings.unchanged, skipped: first.bookings.skipped } });
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

  it("places each demo booking in open time, shown as busy (confirmed) or tentative (requested)", async () => {
    const bookings = await db.prisma.booking.findMany({
      where: { id: { in: demoBookingIds } },
      select: { spaceId: true, status: true, startsAt: true, endsAt: true, claims: { select: { unitId: true } } },
    });
    expect(bookings.length + first.bookings.skipped).toBe(12);
    for (const booking of bookings) {
      expect(booking.claims.length).toBe(booking.status === "confirmed" ? 1 : 0);
      const query = new URLSearchParams({ spaceId: booking.spaceId, from: booking.startsAt.toISOString(), to: booking.endsAt.toISOString() });
      const body = Availability.parse(await (await fetch(app.url(`/api/v1/availability?${query}`))).json());
      const states = new Set(body.spaces[0]?.segments.map((segment) => segment.state));
      expect([...states]).toEqual([booking.status === "confirmed" ? "busy" : "tentative"]);
    }
  });
});
