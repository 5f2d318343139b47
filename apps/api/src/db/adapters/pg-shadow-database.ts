// Fixes @prisma/adapter-pg 7.10 defect 3 of 3 (see docs/decisions/0002): its connectToShadowDb()
// connects the "shadow" pool to the MAIN database when the adapter was configured with a connection
// string (pg lets `connectionString` override `database`), and it drops the temporary database before
// ending that pool, so the drop fails and the database is left behind. Here the shadow's URL names the
// new database, and `drop()` is called after its pool has ended, with FORCE for any straggler.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { quoteIdentifier, withDatabase, type ServerTarget } from "../connection-url";

export interface ShadowDatabase {
  readonly target: ServerTarget;
  drop(): Promise<void>;
}

async function runOnServer(target: ServerTarget, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database next to `main` (same server, same credentials). */
export async function createShadowDatabase(main: ServerTarget): Promise<ShadowDatabase> {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  await runOnServer(main, `CREATE DATABASE ${quoteIdentifier(name)}`);
  let dropped = false;
  return {
    target: withDatabase(main, name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await runOnServer(main, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    },
  };
}
