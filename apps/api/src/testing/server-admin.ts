// Creating and dropping whole databases on the test server.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseServerUrl, quoteIdentifier, withDatabase, type ServerTarget } from "../db/connection-url";

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name on the server of `serverUrl`. */
export async function createServerDatabase(serverUrl: string, prefix: string): Promise<ServerTarget> {
  const server = parseServerUrl(serverUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(server.url, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return withDatabase(server, name);
}

export async function dropServerDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(parseServerUrl(serverUrl).url, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
}
