// Idempotent demo seed: running it twice leaves the same data. Used by `pnpm db:seed`, and by the server
// at start when the database has no centres. Everything it writes is invented demo data about the real
// centres (see the files under ./seed): the centres and places are real, but rooms, capacities, people,
// bookings and series are invented, marked `isDemo` or owned by demo organisations and users.
import { defaultPolicyParameters, parseWallTime, type IsoWeekday } from "@sambruk/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { ensureGlobalParameters } from "../modules/rules/policy-parameters.repository";
import { demoCentres, type DemoCentre } from "./seed/demo-centres";
import { seedBookings } from "./seed/seed-bookings";
import { seedCatalogue } from "./seed/seed-catalogue";
import { seedSeries, type SeededSeries } from "./seed/seed-series";
import { seedSpaces } from "./seed/seed-spaces";

export { DEMO_ORGANISATION_IDS, DEMO_USER_IDS } from "./seed/demo-people";

export interface SeedResult {
  centres: number;
  spaces: number;
  serviceAreas: number;
  organisations: number;
  users: number;
  /** Demo bookings written now, already as in the demo data, and skipped because their time was taken. */
  bookings: { written: number; unchanged: number; skipped: number };
  /** Demo series, and their occurrences: booked now, booked already as in the demo data, and skipped. */
  series: SeededSeries;
}

export interface SeedOptions {
  /** Demo bookings and series are placed in the week of this instant and the weeks after. Default: now. */
  now?: Date;
}

/** Seeds run one at a time (two servers starting on one empty database, parallel test files). */
const SEED_LOCK_KEY = 7_302_611;

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.centre.count()) === 0;
}

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      // The shared-use rules start from the defaults; an admin's later change is kept.
      await ensureGlobalParameters(tx, defaultPolicyParameters);
      const centreIds = await seedCentres(tx);
      const catalogue = await seedCatalogue(tx, centreIds);
      const spaceIds = await seedSpaces(tx, centreIds);
      const placement = { now, spaceIds, activityTypeIds: catalogue.activityTypeIds };
      // Single bookings first: they delete retired demo bookings that would stand in a series' way.
      const bookings = await seedBookings(tx, placement);
      const series = await seedSeries(tx, placement);
      return {
        centres: centreIds.size,
        spaces: spaceIds.size,
        serviceAreas: catalogue.serviceAreas,
        organisations: catalogue.organisations,
        users: catalogue.users,
        bookings,
        series,
      };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

async function seedCentres(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const centre of demoCentres) {
    const fields = {
      name: centre.name,
      streetAddress: centre.streetAddress,
      postalCode: centre.postalCode,
      postalTown: centre.postalTown,
      formerMunicipality: centre.formerMunicipality,
      timeZone: "Europe/Oslo",
      latitude: centre.latitude,
      longitude: centre.longitude,
      isDemo: true,
    };
    const { id } = await tx.centre.upsert({
      where: { slug: centre.slug },
      create: { slug: centre.slug, ...fields },
      update: fields,
      select: { id: true },
    });
    await replaceHours(tx, id, hoursRows(id, centre));
    ids.set(centre.slug, id);
  }
  return ids;
}

type HoursRow = ReturnType<typeof hoursRows>[number];

/** Writes the centre's hours only when they differ from the stored ones (so a second seed changes no row). */
async function replaceHours(tx: Prisma.TransactionClient, centreId: string, rows: HoursRow[]): Promise<void> {
  const key = (row: { kind: string; weekday: number; opensMinute: number; closesMinute: number }) =>
    `${row.kind} ${row.weekday} ${row.opensMinute}-${row.closesMinute}`;
  const stored = await tx.centreHours.findMany({ where: { centreId }, select: { kind: true, weekday: true, opensMinute: true, closesMinute: true } });
  if (stored.map(key).sort().join() === rows.map(key).sort().join()) return;
  await tx.centreHours.deleteMany({ where: { centreId } });
  await tx.centreHours.createMany({ data: rows });
}

function hoursRows(centreId: string, centre: DemoCentre) {
  const rows = (kind: "opening" | "staffed", week: DemoCentre["opening"]) =>
    Object.entries(week).map(([weekday, [opens, closes]]) => ({
      centreId,
      kind,
      weekday: Number(weekday) as IsoWeekday,
      opensMinute: minutes(opens),
      closesMinute: minutes(closes),
    }));
  return [...rows("opening", centre.opening), ...rows("staffed", centre.staffed)];
}

function minutes(text: string): number {
  const value = parseWallTime(text);
  if (value === null) throw new Error(`Bad wall time in demo data: ${text}`);
  return value;
}
