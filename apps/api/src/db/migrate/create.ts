// `migrate dev --create-only`, without touching the database: the SQL that takes the schema described
// by the migrations directory (replayed in a shadow database) to the one in schema.prisma.
import { toMigrationError } from "./engine-errors";
import { withEngine, type MigrateOptions } from "./engine-session";
import { MigrationError } from "./errors";
import { writeMigration } from "./migrations-dir";
import { displayPath } from "./paths";
import type { Database } from "../database";

export type CreateMigrationResult =
  | { created: true; name: string; file: string; script: string }
  | { created: false; message: string };

export interface CreateOptions extends MigrateOptions {
  /** The clock for the migration's timestamp (tests). */
  now?: Date;
}

/** `add bookings!` → `add_bookings`, as Prisma names migrations. */
export function migrationSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 200);
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** A timestamp after `now` and after the latest existing migration, so the new one sorts last. */
function nextTimestamp(now: Date, existing: string[]): string {
  const latest = existing.at(-1)?.slice(0, 14);
  let candidate = timestamp(now);
  if (latest && /^\d{14}$/.test(latest) && candidate <= latest) {
    const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(latest) ?? [];
    candidate = timestamp(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s) + 1)));
  }
  return candidate;
}

/** Creating a migration needs a throw-away database; say how to get one when that is what failed. */
function withShadowHint(error: MigrationError): MigrationError {
  if (!/connect to the shadow database/i.test(error.message)) return error;
  const hint =
    "Creating a migration replays the migrations in a temporary database: allow the database user to " +
    "CREATE DATABASE, or run the command without DATABASE_URL (it then uses an embedded one; your database is not touched).";
  return new MigrationError(`${error.message}\n${hint}`, error.engineCode, { cause: error.cause });
}

export async function createMigration(db: Database, name: string, options: CreateOptions = {}): Promise<CreateMigrationResult> {
  const slug = migrationSlug(name);
  if (!slug) throw new MigrationError(`"${name}" is not a usable migration name: use letters and digits, e.g. add_bookings.`);
  return withEngine(db, options, async (session) => {
    const { migrationsList, schemaFiles, filters } = session;
    const diff = await session.engine
      .diff({ from: { tag: "migrations", ...migrationsList }, to: { tag: "schemaDatamodel", files: schemaFiles }, script: true, exitCode: true, filters })
      .catch((error: unknown) => Promise.reject(withShadowHint(toMigrationError(error, "compare the migrations with the schema", session.adapterErrors))));
    if (diff.exitCode === 0 || !diff.stdout?.trim()) {
      const schema = schemaFiles.map((file) => displayPath(file.path)).join(", ");
      return { created: false, message: `No changes: the migrations already describe ${schema}. No migration was created.` };
    }
    const existing = migrationsList.migrationDirectories.map((dir) => dir.path);
    const migrationName = `${nextTimestamp(options.now ?? new Date(), existing)}_${slug}`;
    const file = await writeMigration(session.paths.migrationsDir, migrationName, diff.stdout);
    return { created: true, name: migrationName, file, script: diff.stdout };
  });
}
