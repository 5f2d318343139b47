// Once per Jest run, after the last test: drop this run's database / remove its temporary directory.
import { rm } from "node:fs/promises";
import { parseServerUrl } from "../db/connection-url";
import { dropServerDatabase } from "./server-admin";
import { RUN_DATABASE_URL_VARIABLE, RUN_DIR_VARIABLE, SERVER_URL_VARIABLE } from "./test-env";

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[SERVER_URL_VARIABLE];
  const runUrl = process.env[RUN_DATABASE_URL_VARIABLE];
  if (serverUrl && runUrl) await dropServerDatabase(serverUrl, parseServerUrl(runUrl).database);
  const runDir = process.env[RUN_DIR_VARIABLE];
  if (runDir) await rm(runDir, { recursive: true, force: true });
}
