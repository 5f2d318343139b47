// Once per Jest run: prepare the database the API tests use, migrated with the repository's migrations.
// - TEST_DATABASE_URL set: a fresh database with a unique name on that server (dropped in teardown).
// - otherwise: embedded PGlite data directories in a temporary directory: an empty one and a migrated
//   one, which each test file copies (copying is ~20× faster than creating a PGlite).
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../db/database";
import { applyMigrations } from "../db/migrate";
import globalTeardown from "./global-teardown";
import { createServerDatabase } from "./server-admin";
import { EMPTY_TEMPLATE, MIGRATED_TEMPLATE, RUN_DATABASE_URL_VARIABLE, RUN_DIR_VARIABLE, SERVER_URL_VARIABLE } from "./test-env";

async function migrate(databaseUrl: string | undefined, dataDir: string): Promise<void> {
  const db = await openDatabase({ databaseUrl, dataDir });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
}

async function prepare(runDir: string): Promise<void> {
  const serverUrl = process.env[SERVER_URL_VARIABLE];
  if (serverUrl) {
    const target = await createServerDatabase(serverUrl, "sambruk_test");
    process.env[RUN_DATABASE_URL_VARIABLE] = target.url;
    await migrate(target.url, runDir);
    return;
  }
  const empty = path.join(runDir, EMPTY_TEMPLATE);
  const migrated = path.join(runDir, MIGRATED_TEMPLATE);
  const db = await openDatabase({ dataDir: empty });
  await db.close();
  await cp(empty, migrated, { recursive: true });
  await migrate(undefined, migrated);
}

export default async function globalSetup(): Promise<void> {
  const runDir = await mkdtemp(path.join(tmpdir(), "sambruk-api-test-"));
  process.env[RUN_DIR_VARIABLE] = runDir;
  // Jest skips the teardown when the setup fails: clean up here.
  await prepare(runDir).catch(async (error: unknown) => {
    await globalTeardown();
    throw error;
  });
}
