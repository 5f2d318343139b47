// Databases for API tests. `openTestDatabase()` gives a migrated database: this run's database on the
// test server (shared by the test files; each test makes its own records), or a private embedded copy.
import { openDatabase, type Database } from "../db/database";
import { openEmbeddedCopy } from "./embedded-copy";
import { MIGRATED_TEMPLATE, RUN_DATABASE_URL_VARIABLE, requireVariable, testBackend } from "./test-env";

export { testBackend } from "./test-env";
export { describeWithServer } from "./describe-with-server";
export { openScratchDatabase } from "./scratch-database";

export async function openTestDatabase(): Promise<Database> {
  if (testBackend === "postgres") return openDatabase({ databaseUrl: requireVariable(RUN_DATABASE_URL_VARIABLE), dataDir: "" });
  return openEmbeddedCopy(MIGRATED_TEMPLATE);
}
