// A temporary copy of the Prisma schema (and optionally of the migrations) that migration tests can
// change without touching the repository.
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrationPaths, type MigrationPaths } from "../db/migrate";

export interface MigrationWorkspace {
  paths: MigrationPaths;
  /** Appends Prisma schema text (a new model, …). */
  extendSchema(text: string): Promise<void>;
  /** Writes <name>/migration.sql by hand. */
  writeMigration(name: string, sql: string): Promise<void>;
  appendToMigration(name: string, sql: string): Promise<void>;
  readMigration(name: string): Promise<string>;
  hasMigration(name: string): boolean;
  remove(): Promise<void>;
}

export async function createMigrationWorkspace(options: { copyMigrations?: boolean } = {}): Promise<MigrationWorkspace> {
  const repo = migrationPaths();
  const dir = await mkdtemp(path.join(tmpdir(), "sambruk-migrations-"));
  const paths: MigrationPaths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
  await cp(repo.schemaPath, paths.schemaPath);
  if (options.copyMigrations) await cp(repo.migrationsDir, paths.migrationsDir, { recursive: true });
  const file = (name: string): string => path.join(paths.migrationsDir, name, "migration.sql");
  return {
    paths,
    extendSchema: (text) => appendFile(paths.schemaPath, `\n${text}\n`),
    writeMigration: async (name, sql) => {
      await mkdir(path.dirname(file(name)), { recursive: true });
      await writeFile(file(name), sql);
    },
    appendToMigration: (name, sql) => appendFile(file(name), `\n${sql}\n`),
    readMigration: (name) => readFile(file(name), "utf8"),
    hasMigration: (name) => existsSync(file(name)),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
