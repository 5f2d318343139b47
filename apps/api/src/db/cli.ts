// Database commands, run by the root scripts through tsx:
//   tsx apps/api/src/db/cli.ts deploy | create <name> | status [--no-drift] | seed
//                             | resolve --rolled-back <migration> | resolve --applied <migration>
// Configuration comes from the environment (apps/api/src/config/env.ts): DATABASE_URL, else DATA_DIR.
// Exit code 0 when done (for status: up to date), 1 otherwise, with a message and no stack trace unless
// LOG_LEVEL=debug.
import { EnvError, loadEnv } from "../config/env";
import * as commands from "./cli-commands";
import { openDatabase, type Database } from "./database";
import { openInMemoryDatabase } from "./embedded";
import { DatabaseUnavailableError } from "./errors";
import { MigrationError, MigrationFailedError } from "./migrate";

const USAGE = `Usage:
  pnpm db:migrate                                  apply pending migrations
  pnpm db:migrate:create <name>                    write a migration for the changes in prisma/schema.prisma
  pnpm db:migrate:status [--no-drift]              list applied, pending and failed migrations (exit 1 unless up to date)
  pnpm db:seed                                     load the demo data (idempotent)
  pnpm db:migrate resolve --rolled-back <name>     after fixing a failed migration: mark its attempt rolled back
  pnpm db:migrate resolve --applied <name>         record a migration as applied without running it
The database is DATABASE_URL when set, else the embedded one in DATA_DIR (default ./.data).`;

const print = (line: string): void => void process.stdout.write(`${line}\n`);
let debug = false;

function run(db: Database, command: string, args: string[]): Promise<number> {
  switch (command) {
    case "deploy":
      return commands.deploy(db, print);
    case "create":
      return commands.create(db, args.join(" "), print);
    case "status":
      return commands.status(db, !args.includes("--no-drift"), print);
    case "seed":
      return commands.seed(db, print);
    case "resolve":
      return commands.resolve(db, args[0], args[1], print);
    default:
      throw new commands.CommandError(`Unknown command "${command}".\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const words = argv.filter((word) => word !== "--");
  // `pnpm db:migrate resolve …` arrives as `deploy resolve …`.
  const [command, ...args] = words[0] === "deploy" && words[1] === "resolve" ? words.slice(1) : words;
  if (!command || command === "help" || command === "--help") {
    print(USAGE);
    return command ? 0 : 1;
  }
  if (command === "create" && args.length === 0) throw new commands.CommandError(`Name the migration, e.g. pnpm db:migrate:create add_bookings.\n${USAGE}`);
  const env = loadEnv();
  debug = env.LOG_LEVEL === "debug" || env.LOG_LEVEL === "trace";
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }).catch((error: unknown) => {
    // Creating a migration never touches the database itself; while the server holds DATA_DIR, use a throw-away one.
    if (command === "create" && error instanceof DatabaseUnavailableError && error.reason === "data_dir_in_use") return openInMemoryDatabase();
    throw error;
  });
  try {
    return await run(db, command, args);
  } finally {
    await db.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof EnvError) return `${error.message}\nSee the configuration table in README.md.`;
  const known = [DatabaseUnavailableError, MigrationFailedError, MigrationError, commands.CommandError];
  if (known.some((type) => error instanceof type)) return (error as Error).message;
  const message = error instanceof Error ? error.message : String(error);
  return `Unexpected error: ${message}\nRun with LOG_LEVEL=debug for details.`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\n${describe(error)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`\n${error.stack}\n`);
    process.exit(1);
  },
);
