// `migrate resolve`: after fixing a failed migration, record that its failed attempt was rolled back (so
// it is applied again), or that it was applied by hand.
import type { Database } from "../database";
import { toMigrationError } from "./engine-errors";
import { withEngine, type MigrateOptions } from "./engine-session";

export type Resolution = { rolledBack: string } | { applied: string };

export async function resolveMigration(db: Database, resolution: Resolution, options: MigrateOptions = {}): Promise<void> {
  await withEngine(db, options, async ({ engine, migrationsList, adapterErrors }) => {
    if ("rolledBack" in resolution) {
      await engine
        .markMigrationRolledBack({ migrationName: resolution.rolledBack })
        .catch((error: unknown) => Promise.reject(toMigrationError(error, `mark ${resolution.rolledBack} as rolled back`, adapterErrors)));
    } else {
      await engine
        .markMigrationApplied({ migrationName: resolution.applied, migrationsList })
        .catch((error: unknown) => Promise.reject(toMigrationError(error, `mark ${resolution.applied} as applied`, adapterErrors)));
    }
  });
}
