import type { Centre, IsoWeekday, WeeklyInterval } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

const centreSelect = {
  id: true,
  slug: true,
  name: true,
  streetAddress: true,
  postalCode: true,
  postalTown: true,
  formerMunicipality: true,
  timeZone: true,
  isDemo: true,
  hours: {
    select: { kind: true, weekday: true, opensMinute: true, closesMinute: true },
    orderBy: [{ weekday: "asc" }, { opensMinute: "asc" }],
  },
} satisfies Prisma.CentreSelect;

type CentreRow = Prisma.CentreGetPayload<{ select: typeof centreSelect }>;

export interface CentresRepository {
  findAll(): Promise<Centre[]>;
  findById(id: string): Promise<Centre | null>;
}

export function createCentresRepository(db: Db): CentresRepository {
  return {
    async findAll() {
      const rows = await db.centre.findMany({ select: centreSelect, orderBy: { name: "asc" } });
      return rows.map(toCentre);
    },
    async findById(id) {
      const row = await db.centre.findUnique({ where: { id }, select: centreSelect });
      return row ? toCentre(row) : null;
    },
  };
}

function toCentre(row: CentreRow): Centre {
  const hoursOf = (kind: "opening" | "staffed"): WeeklyInterval[] =>
    row.hours
      .filter((hours) => hours.kind === kind)
      .map((hours) => ({
        weekday: hours.weekday as IsoWeekday,
        opensMinute: hours.opensMinute,
        closesMinute: hours.closesMinute,
      }));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    address: { street: row.streetAddress, postalCode: row.postalCode, postalTown: row.postalTown },
    formerMunicipality: row.formerMunicipality,
    timeZone: row.timeZone,
    isDemo: row.isDemo,
    openingHours: hoursOf("opening"),
    staffedHours: hoursOf("staffed"),
  };
}
