// Each test file's embedded database: a copy of one of this run's template data directories.
import { randomBytes } from "node:crypto";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { openDatabase, type Database } from "../db/database";
import { RUN_DIR_VARIABLE, requireVariable } from "./test-env";

/** Copies a template data directory of this run and opens the copy; closing removes it. */
export async function openEmbeddedCopy(template: string): Promise<Database> {
  const runDir = requireVariable(RUN_DIR_VARIABLE);
  const dataDir = path.join(runDir, `db-${process.pid}-${randomBytes(4).toString("hex")}`);
  await cp(path.join(runDir, template), dataDir, { recursive: true });
  const db = await openDatabase({ dataDir });
  return { ...db, close: () => db.close().finally(() => rm(dataDir, { recursive: true, force: true })) };
}
