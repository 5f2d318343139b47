import type { Database } from "../db/database";
import { applyMigrations, migrationStatus } from "../db/migrate";
import { isDatabaseEmpty, seedDemoData } from "../db/seed";
import type { Logger } from "../http/logger";
import type { MigrationSnapshot } from "../modules/health/health.router";

export interface PrepareOptions {
  seed: "auto" | "never";
  logger: Logger;
}

/**
 * Applies pending migrations (a failure throws MigrationFailedError and the server does not start), then
 * seeds demo data into an empty database. Returns what the health endpoint reports.
 */
export async function prepareDatabase(db: Database, { seed, logger }: PrepareOptions): Promise<MigrationSnapshot> {
  const applied = await applyMigrations(db);
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const status = await migrationStatus(db);
  if (seed === "auto" && (await isDatabaseEmpty(db.prisma))) {
    const result = await seedDemoData(db.prisma);
    logger.info(result, "empty database: demo data seeded");
  }
  return {
    state: status.failed.length > 0 ? "failed" : status.upToDate ? "up_to_date" : "pending",
    applied: status.applied.length,
    latest: status.applied.at(-1) ?? null,
  };
}
