// The driver adapter Prisma's schema engine uses on a PostgreSQL server: @prisma/adapter-pg with the
// three fixes of this folder. Kept apart from the application's pool: one connection, because the
// advisory lock the engine takes around migrations (72707369) belongs to a session.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { ServerTarget } from "../connection-url";
import { delegateAdapter, type MigrationAdapterFactory } from "./delegate";
import { relabelCharColumns, restoreCharColumns, restoreCharColumnsInTransaction } from "./pg-char-columns";
import { executeScriptAtomically } from "./pg-execute-script";
import { createShadowDatabase } from "./pg-shadow-database";

const CONNECT_TIMEOUT_MS = 10_000;

export function createPgMigrationAdapter(main: ServerTarget): MigrationAdapterFactory {
  const cleanups: (() => Promise<void>)[] = [];

  async function connectTo(target: ServerTarget, afterEnd?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ connectionString: target.url, max: 1, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    pool.on("error", () => undefined); // a dropped idle connection surfaces at the next query
    relabelCharColumns(pool);
    const inner = await new PrismaPg(pool).connect();
    let disposed = false;
    const dispose = async (): Promise<void> => {
      if (disposed) return;
      disposed = true;
      await pool.end();
      await afterEnd?.();
    };
    cleanups.push(dispose);
    return delegateAdapter(inner, {
      queryRaw: async (query) => restoreCharColumns(await inner.queryRaw(query)),
      startTransaction: async (level) => restoreCharColumnsInTransaction(await inner.startTransaction(level)),
      executeScript: executeScriptAtomically(pool),
      dispose,
    });
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(main),
    connectToShadowDb: async () => {
      const shadow = await createShadowDatabase(main);
      return connectTo(shadow.target, shadow.drop);
    },
    dispose: async () => {
      const pending = cleanups.splice(0);
      await Promise.all(pending.map((cleanup) => cleanup()));
    },
  };
}
