// An empty, unmigrated database, for tests of the migrations themselves: a new database on the test
// server (dropped on close), or a copy of the run's empty PGlite template.
import type { Database } from "../db/database";
import { openDatabase } from "../db/database";
import { createServerDatabase, dropServerDatabase } from "./server-admin";
import { openEmbeddedCopy } from "./embedded-copy";
import { EMPTY_TEMPLATE, SERVER_URL_VARIABLE, requireVariable, testBackend } from "./test-env";

export async function openScratchDatabase(): Promise<Database> {
  if (testBackend === "embedded") return openEmbeddedCopy(EMPTY_TEMPLATE);
  const serverUrl = requireVariable(SERVER_URL_VARIABLE);
  const target = await createServerDatabase(serverUrl, "sambruk_scratch");
  const db = await openDatabase({ databaseUrl: target.url, dataDir: "" });
  return { ...db, close: () => db.close().finally(() => dropServerDatabase(serverUrl, target.database)) };
}
