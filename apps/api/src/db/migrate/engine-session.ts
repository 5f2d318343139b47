// One use of the schema engine against a Database: loads the migrations and the schema, opens the
// engine on the database's migration adapter, and releases everything afterwards.
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaContainer, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { Database } from "../database";
import { toMigrationError } from "./engine-errors";
import { readMigrationsList, readSchemaFiles } from "./migrations-dir";
import { migrationPaths, type MigrationPaths } from "./paths";
import { loadSchemaEngine, type SchemaEngine } from "./wasm-engine";

export interface MigrateOptions {
  /** Defaults to the repository's prisma/schema.prisma and prisma/migrations. */
  paths?: Partial<MigrationPaths>;
  /** Receives the engine's log lines (JSON). */
  onLog?: (line: string) => void;
}

export interface EngineSession {
  engine: SchemaEngine;
  paths: MigrationPaths;
  migrationsList: MigrationList;
  schemaFiles: SchemaContainer[];
  filters: SchemaFilter;
  /** Errors our adapter code threw, which the engine reports as "External error id#N". */
  adapterErrors: ErrorRegistry;
}

export async function withEngine<T>(db: Database, options: MigrateOptions, run: (session: EngineSession) => Promise<T>): Promise<T> {
  const paths = migrationPaths(options.paths);
  const [SchemaEngineClass, migrationsList, schemaFiles] = await Promise.all([
    loadSchemaEngine(),
    readMigrationsList(paths.migrationsDir),
    readSchemaFiles(paths.schemaPath),
  ]);
  const factory = db.migrationAdapter();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  try {
    const engine = await SchemaEngineClass.new(
      { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
      (line: string) => options.onLog?.(line),
      bound,
    ).catch((error: unknown) => Promise.reject(toMigrationError(error, "start Prisma's schema engine", bound.errorRegistry)));
    try {
      return await run({ engine, paths, migrationsList, schemaFiles, filters: { externalTables: [], externalEnums: [] }, adapterErrors: bound.errorRegistry });
    } finally {
      engine.free();
    }
  } finally {
    await factory.dispose();
  }
}
