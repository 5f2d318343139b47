// Reads Prisma's migration table (_prisma_migrations) directly, for what the engine does not report.
import type { Database } from "../database";

interface Row {
  migration_name: string;
}

/** Names of the migrations applied and not rolled back, in order. Empty when the table does not exist. */
export async function appliedMigrationNames(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<Row[]>`
    SELECT DISTINCT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name`;
  return rows.map((row) => row.migration_name);
}

/** The log the engine stored for the latest failed attempt of a migration. */
export async function failedMigrationLog(db: Database, name: string): Promise<string | undefined> {
  const rows = await db.prisma.$queryRaw<{ logs: string | null }[]>`
    SELECT logs FROM _prisma_migrations
    WHERE migration_name = ${name} AND finished_at IS NULL AND rolled_back_at IS NULL
    ORDER BY started_at DESC LIMIT 1`;
  return rows[0]?.logs ?? undefined;
}
