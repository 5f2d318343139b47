// Idempotent demo seed: running it twice leaves the same data. Used by `pnpm db:seed`, and by the server
// at start when the database has no centres.
import { parseWallTime, type IsoWeekday } from "@sambruk/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { demoCentres, type DemoCentre } from "./seed/demo-centres";

export interface SeedResult {
  centres: number;
}

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.centre.count()) === 0;
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedResult> {
  await prisma.$transaction(async (tx) => {
    for (const centre of demoCentres) {
      const fields = {
        name: centre.name,
        streetAddress: centre.streetAddress,
        postalCode: centre.postalCode,
        postalTown: centre.postalTown,
        formerMunicipality: centre.formerMunicipality,
        timeZone: "Europe/Oslo",
        isDemo: true,
      };
      const { id } = await tx.centre.upsert({
        where: { slug: centre.slug },
        create: { slug: centre.slug, ...fields },
        update: fields,
        select: { id: true },
      });
      await tx.centreHours.deleteMany({ where: { centreId: id } });
      await tx.centreHours.createMany({ data: hoursRows(id, centre) });
    }
  });
  return { centres: demoCentres.length };
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
