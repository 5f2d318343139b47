// Where the Prisma schema and the migrations live. Resolved from the repository root (found from this
// file, not from the working directory), so the commands work from any directory.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface MigrationPaths {
  /** prisma/schema.prisma, or a directory of .prisma files. */
  schemaPath: string;
  /** prisma/migrations: one directory per migration, plus migration_lock.toml. */
  migrationsDir: string;
}

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No pnpm-workspace.yaml above ${from}: cannot find the repository root.`);
  }
}

export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

export function migrationPaths(overrides: Partial<MigrationPaths> = {}): MigrationPaths {
  return {
    schemaPath: overrides.schemaPath ?? path.join(REPO_ROOT, "prisma", "schema.prisma"),
    migrationsDir: overrides.migrationsDir ?? path.join(REPO_ROOT, "prisma", "migrations"),
  };
}

/** A path for messages: relative to the repository root when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(REPO_ROOT, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
}
