import { unitsOf, type Divisible } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface SpaceUnitsChange {
  added: number;
  removed: number;
}

/**
 * Brings the space_unit rows of a centre's spaces in line with their parts: an indivisible space or a part
 * occupies itself, a whole occupies each of its parts. Call it after creating, dividing or merging spaces,
 * in the same transaction. Idempotent: rows already right are left alone.
 */
export async function syncSpaceUnits(db: Db, centreId: string): Promise<SpaceUnitsChange> {
  const spaces = await db.space.findMany({ where: { centreId }, select: { id: true, partOfId: true } });
  const divisible: Divisible[] = spaces.map((space) => ({
    id: space.id,
    partIds: spaces.filter((other) => other.partOfId === space.id).map((part) => part.id),
  }));
  const wanted = new Set(divisible.flatMap((space) => unitsOf(space, divisible).map((unitId) => key(space.id, unitId))));
  const existing = await db.spaceUnit.findMany({
    where: { spaceId: { in: spaces.map((space) => space.id) } },
    select: { spaceId: true, unitId: true },
  });
  const have = new Set(existing.map((row) => key(row.spaceId, row.unitId)));
  const stale = existing.filter((row) => !wanted.has(key(row.spaceId, row.unitId)));
  const missing = [...wanted].filter((wantedKey) => !have.has(wantedKey)).map(parseKey);
  if (stale.length > 0) {
    await db.spaceUnit.deleteMany({ where: { OR: stale.map((row) => ({ spaceId: row.spaceId, unitId: row.unitId })) } });
  }
  if (missing.length > 0) await db.spaceUnit.createMany({ data: missing, skipDuplicates: true });
  return { added: missing.length, removed: stale.length };
}

function key(spaceId: string, unitId: string): string {
  return `${spaceId}/${unitId}`;
}

function parseKey(text: string): { spaceId: string; unitId: string } {
  const [spaceId = "", unitId = ""] = text.split("/");
  return { spaceId, unitId };
}
