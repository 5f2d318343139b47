// The stored rule parameters: a centre's own document, else the global one. Documents are read as they are;
// their shape is the caller's to check.
import type { PolicyParameters } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface StoredParameters {
  source: "centre" | "global";
  document: unknown;
}

export interface PolicyParametersRepository {
  /** The centre's own parameters, else the global ones; null when neither is stored. */
  findInForce(centreId: string | null): Promise<StoredParameters | null>;
  centreExists(centreId: string): Promise<boolean>;
}

export function createPolicyParametersRepository(db: Db): PolicyParametersRepository {
  return {
    async findInForce(centreId) {
      const rows = await db.policyParameters.findMany({
        where: { OR: [{ centreId: null }, ...(centreId ? [{ centreId }] : [])] },
        select: { centreId: true, document: true },
      });
      const own = rows.find((row) => row.centreId !== null);
      if (own) return { source: "centre", document: own.document };
      const global = rows.find((row) => row.centreId === null);
      return global ? { source: "global", document: global.document } : null;
    },
    async centreExists(centreId) {
      return (await db.centre.count({ where: { id: centreId } })) > 0;
    },
  };
}

/** Writes the global parameters unless some are stored already (an admin's change is never overwritten). */
export async function ensureGlobalParameters(db: Db, parameters: PolicyParameters): Promise<void> {
  const existing = await db.policyParameters.findFirst({ where: { centreId: null }, select: { id: true } });
  if (existing) return;
  // Plain JSON by construction: numbers, strings and arrays of them.
  const document = JSON.parse(JSON.stringify(parameters)) as Prisma.InputJsonObject;
  await db.policyParameters.create({ data: { centreId: null, document } });
}
