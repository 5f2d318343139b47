// The commands behind `pnpm db:migrate`, `db:migrate:create`, `db:migrate:status` and `db:seed`. Each
// writes its report through `print` and returns the process exit code.
import type { Database } from "./database";
import { applyMigrations, createMigration, migrationStatus, resolveMigration, type MigrationStatus } from "./migrate";
import { displayPath } from "./migrate/paths";
import { seedDemoData } from "./seed";

export type Print = (line: string) => void;

/** A mistake in how a command was called, or a state it cannot work in: its message says what to do. */
export class CommandError extends Error {
  override name = "CommandError";
}

const list = (names: string[]): string => names.map((name) => `  - ${name}`).join("\n");
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

export async function deploy(db: Database, print: Print): Promise<number> {
  const applied = await applyMigrations(db);
  print(applied.length === 0 ? `No pending migrations: ${db.location} is up to date.` : `Applied ${plural(applied.length, "migration")} to ${db.location}:\n${list(applied)}`);
  return 0;
}

export async function create(db: Database, name: string, print: Print): Promise<number> {
  const result = await createMigration(db, name);
  if (!result.created) {
    print(result.message);
    return 0;
  }
  print(`Created ${displayPath(result.file)}`);
  print("Review it (add by hand what Prisma cannot express, such as CHECK constraints), then apply it: pnpm db:migrate");
  return 0;
}

function describeStatus(status: MigrationStatus): string[] {
  const lines = [`${plural(status.local.length, "migration")} in prisma/migrations, ${status.applied.length} applied.`];
  if (status.pending.length) lines.push(`Pending (apply with pnpm db:migrate):\n${list(status.pending)}`);
  if (status.failed.length) {
    lines.push(`Failed (fix the SQL, then pnpm db:migrate resolve --rolled-back <name> and pnpm db:migrate):\n${list(status.failed)}`);
  }
  if (status.edited.length) lines.push(`Changed after being applied (restore the applied version):\n${list(status.edited)}`);
  if (status.missingLocally.length) lines.push(`Applied but missing from prisma/migrations:\n${list(status.missingLocally)}`);
  if (status.drift) lines.push(`Drift: the database differs from what its applied migrations describe:\n${status.drift}`);
  lines.push(status.upToDate && !status.drift ? "The database is up to date." : "The database is NOT up to date.");
  return lines;
}

export async function status(db: Database, checkDrift: boolean, print: Print): Promise<number> {
  print(`Database: ${db.kind} (${db.location})`);
  const result = await migrationStatus(db, { checkDrift }).catch(async (error: unknown) => {
    if (!checkDrift) throw error;
    const why = error instanceof Error ? error.message : String(error);
    print(`(Drift not checked: ${why})`);
    return migrationStatus(db);
  });
  for (const line of describeStatus(result)) print(line);
  return result.upToDate && !result.drift ? 0 : 1;
}

export async function seed(db: Database, print: Print): Promise<number> {
  const before = await migrationStatus(db);
  if (before.pending.length || before.failed.length) {
    throw new CommandError(`${db.location} is not migrated (${plural(before.pending.length, "pending migration")}, ${before.failed.length} failed): run pnpm db:migrate first.`);
  }
  const result = await seedDemoData(db.prisma);
  print(`Seeded the demo data into ${db.location}: ${plural(result.centres, "centre")}, ${plural(result.spaces, "space")}, ${plural(result.bookings.written + result.bookings.unchanged, "booking")}.`);
  return 0;
}

export async function resolve(db: Database, flag: string | undefined, name: string | undefined, print: Print): Promise<number> {
  if (!name || (flag !== "--rolled-back" && flag !== "--applied")) {
    throw new CommandError("Usage: pnpm db:migrate resolve --rolled-back <migration> | --applied <migration>");
  }
  if (flag === "--rolled-back") {
    await resolveMigration(db, { rolledBack: name });
    print(`Marked the failed attempt of ${name} as rolled back. Fix its migration.sql if needed, then run pnpm db:migrate.`);
  } else {
    await resolveMigration(db, { applied: name });
    print(`Marked ${name} as applied (its SQL was not run).`);
  }
  return 0;
}
