// The plan PostgreSQL picks for a query, for tests that pin down how a hot query uses its indexes. `setup`
// runs first in the same transaction (typically: insert a volume of rows and ANALYZE, so that the planner
// sees a table shaped like production rather than a handful of test rows); everything is rolled back after.
import { Prisma, type PrismaClient } from "../generated/prisma/client";

class RolledBack extends Error {}

export async function queryPlan(
  prisma: PrismaClient,
  query: Prisma.Sql,
  setup: (tx: Prisma.TransactionClient) => Promise<unknown> = async () => undefined,
): Promise<string> {
  let plan = "";
  await prisma
    .$transaction(
      async (tx) => {
        await setup(tx);
        const rows = await tx.$queryRaw<Record<string, string>[]>(Prisma.sql`EXPLAIN ${query}`);
        plan = rows.map((row) => Object.values(row).join(" ")).join("\n");
        throw new RolledBack();
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return plan;
}
