// The centre as the front desk's board shows it: its zone, its spaces, its closures (blocks); and whom the desk can book for.
import type { DeskOrganisation } from "@sambruk/contracts";
import type { Interval } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { createSpacesRepository, type SpaceRecord } from "../spaces/spaces.repository";

type Db = Prisma.TransactionClient;

export interface BlockRecord {
  id: string;
  centreId: string;
  /** Null for a block of the whole centre. */
  spaceId: string | null;
  start: Date;
  end: Date;
  reason: string;
}

export type NewBlock = Omit<BlockRecord, "id">;

export interface DeskPlacesRepository {
  findCentre(id: string): Promise<{ id: string; timeZone: string } | null>;
  /** The centre's spaces, by name. */
  findSpaces(centreId: string): Promise<SpaceRecord[]>;
  /** Closures of the centre or of its spaces that overlap the range, by start. */
  findBlocks(centreId: string, range: Interval): Promise<BlockRecord[]>;
  insertBlock(block: NewBlock): Promise<BlockRecord>;
  /** Every organisation by name, as the desk picks whom to book for. */
  findOrganisations(): Promise<DeskOrganisation[]>;
}

const closureSelect = {
  id: true, centreId: true, spaceId: true, startsAt: true, endsAt: true, reason: true,
  space: { select: { centreId: true } },
} satisfies Prisma.ClosureSelect;

type ClosureRow = Prisma.ClosureGetPayload<{ select: typeof closureSelect }>;

export function createDeskPlacesRepository(db: Db): DeskPlacesRepository {
  return {
    findCentre: (id) => db.centre.findUnique({ where: { id }, select: { id: true, timeZone: true } }),
    findOrganisations: () =>
      db.organisation.findMany({ select: { id: true, name: true, kind: true, verified: true, houseService: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    findSpaces: (centreId) => createSpacesRepository(db).findMany({ centreId }),
    async findBlocks(centreId, range) {
      const rows = await db.closure.findMany({
        where: { OR: [{ centreId }, { space: { centreId } }], startsAt: { lt: range.end }, endsAt: { gt: range.start } },
        select: closureSelect,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toBlock);
    },
    async insertBlock(block) {
      // A space's block names only the space, as the centre snapshot reads closures (centre-wide ones have no space).
      const row = await db.closure.create({
        data: { centreId: block.spaceId ? null : block.centreId, spaceId: block.spaceId, startsAt: block.start, endsAt: block.end, reason: block.reason },
        select: closureSelect,
      });
      return toBlock(row);
    },
  };
}

function toBlock(row: ClosureRow): BlockRecord {
  return {
    id: row.id,
    centreId: row.centreId ?? row.space?.centreId ?? "",
    spaceId: row.spaceId,
    start: row.startsAt,
    end: row.endsAt,
    reason: row.reason,
  };
}
