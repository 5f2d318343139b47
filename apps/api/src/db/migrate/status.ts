// `migrate status`: which migrations are applied, pending or failed, and (on request) whether the
// database has drifted from what its applied migrations describe.
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { Database } from "../database";
import { toMigrationError } from "./engine-errors";
import { withEngine, type EngineSession, type MigrateOptions } from "./engine-session";
import { appliedMigrationNames } from "./history";

export interface MigrationStatus {
  /** Migrations in the migrations directory, in order. */
  local: string[];
  /** Applied and not rolled back, per _prisma_migrations. */
  applied: string[];
  /** In the directory, not yet applied. */
  pending: string[];
  /** Recorded as failed and not yet resolved: they block further migrations. */
  failed: string[];
  /** Applied, but their migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied to the database but missing from the directory. */
  missingLocally: string[];
  /** Summary of the differences between the applied migrations and the live schema; null when none; undefined when not checked. */
  drift?: string | null;
  /** Nothing pending, failed, edited or missing. */
  upToDate: boolean;
}

export interface StatusOptions extends MigrateOptions {
  /** Also compare the live schema with the applied migrations (needs a shadow database: slower). */
  checkDrift?: boolean;
}

export async function migrationStatus(db: Database, options: StatusOptions = {}): Promise<MigrationStatus> {
  return withEngine(db, options, async (session) => {
    const { migrationsList, filters } = session;
    const diagnosis = await session.engine
      .diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: false })
      .catch((error: unknown) => Promise.reject(toMigrationError(error, "read the migration history", session.adapterErrors)));
    const local = migrationsList.migrationDirectories.map((dir) => dir.path);
    const history = diagnosis.history;
    const applied = diagnosis.hasMigrationsTable ? await appliedMigrationNames(db) : [];
    const pending = !diagnosis.hasMigrationsTable ? local : history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
    const missingLocally = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
    const status: MigrationStatus = {
      local,
      applied,
      pending,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      missingLocally,
      upToDate: pending.length + diagnosis.failedMigrationNames.length + diagnosis.editedMigrationNames.length + missingLocally.length === 0,
    };
    if (options.checkDrift) status.drift = await detectDrift(session, applied);
    return status;
  });
}

/** Replays the applied migrations in a shadow database and compares the result with the live schema. */
async function detectDrift(session: EngineSession, applied: string[]): Promise<string | null> {
  const appliedSet = new Set(applied);
  const from: MigrationList = {
    ...session.migrationsList,
    migrationDirectories: session.migrationsList.migrationDirectories.filter((dir) => appliedSet.has(dir.path)),
  };
  const result = await session.engine
    .diff({
      from: { tag: "migrations", ...from },
      to: { tag: "schemaDatasource", files: session.schemaFiles, configDir: session.paths.migrationsDir },
      script: false,
      exitCode: true,
      filters: session.filters,
    })
    .catch((error: unknown) => Promise.reject(toMigrationError(error, "check for drift", session.adapterErrors)));
  return result.exitCode === 0 ? null : (result.stdout ?? "").trim();
}
