import type { Interval } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { loadCentreSnapshot, type LoadedCentre } from "../spaces/centre-snapshot.repository";

type Db = Prisma.TransactionClient;

export interface AvailabilityRepository {
  /** The centre's rules, spaces and live bookings around `range`; null for an unknown centre. */
  loadCentre(centreId: string, range: Interval): Promise<LoadedCentre | null>;
  /** The centre a space belongs to; null for an unknown space. */
  centreOfSpace(spaceId: string): Promise<string | null>;
}

export function createAvailabilityRepository(db: Db): AvailabilityRepository {
  return {
    loadCentre: (centreId, range) => loadCentreSnapshot(db, centreId, range),
    async centreOfSpace(spaceId) {
      const space = await db.space.findUnique({ where: { id: spaceId }, select: { centreId: true } });
      return space?.centreId ?? null;
    },
  };
}
