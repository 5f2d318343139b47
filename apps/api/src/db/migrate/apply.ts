// `migrate deploy`: applies the pending migrations, each in one transaction, under Prisma's advisory lock.
import type { Database } from "../database";
import { cleanEngineMessage, failedMigrationName, toMigrationError } from "./engine-errors";
import { withEngine, type EngineSession, type MigrateOptions } from "./engine-session";
import { MigrationFailedError } from "./errors";
import { failedMigrationLog } from "./history";

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(db: Database, options: MigrateOptions = {}): Promise<string[]> {
  return withEngine(db, options, async (session) => {
    if (session.migrationsList.migrationDirectories.length === 0) return [];
    try {
      const output = await session.engine.applyMigrations({ migrationsList: session.migrationsList, filters: session.filters });
      return output.appliedMigrationNames;
    } catch (error) {
      throw await explainFailure(db, session, error);
    }
  });
}

async function explainFailure(db: Database, session: EngineSession, error: unknown): Promise<Error> {
  const message = error instanceof Error ? error.message : String(error);
  const history = await session.engine
    .diagnoseMigrationHistory({ migrationsList: session.migrationsList, filters: session.filters, optInToShadowDatabase: false })
    .catch(() => undefined);
  const failed = history?.failedMigrationNames ?? [];
  const named = failedMigrationName(message);
  const name = named && failed.includes(named) ? named : failed[0];
  if (!name) return toMigrationError(error, "apply the migrations", session.adapterErrors);
  if (named === name && /migration_name=/.test(message)) {
    return new MigrationFailedError(name, cleanEngineMessage(message, session.adapterErrors), { cause: error });
  }
  // A failed attempt from an earlier run blocks the way (P3009): show what went wrong then.
  const log = await failedMigrationLog(db, name);
  return new MigrationFailedError(name, `an earlier attempt failed${log ? `: ${cleanEngineMessage(log)}` : ""}`, { cause: error });
}
