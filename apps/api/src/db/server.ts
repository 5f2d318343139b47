// A PostgreSQL server reached through DATABASE_URL, via @prisma/adapter-pg on our own pg pool.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { createPgMigrationAdapter } from "./adapters/pg-migration-adapter";
import { parseServerUrl, type ServerTarget } from "./connection-url";
import type { Database } from "./database";
import { describeConnectionError } from "./server-errors";
import { pingDatabase } from "./ping";

const CONNECT_TIMEOUT_MS = 5_000;

/** Opens a pool to the server and checks it answers; throws DatabaseUnavailableError otherwise. */
export async function openServerDatabase(databaseUrl: string): Promise<Database> {
  const target = parseServerUrl(databaseUrl);
  const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on("error", () => undefined); // an idle connection that drops is replaced; the next query reports trouble
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw describeConnectionError(error, target);
  }
  return serverDatabase(pool, target);
}

function serverDatabase(pool: pg.Pool, target: ServerTarget): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closing: Promise<void> | undefined;
  return {
    kind: "postgres",
    location: target.location,
    prisma,
    ping: () => pingDatabase(prisma),
    migrationAdapter: () => createPgMigrationAdapter(target),
    close: () => {
      closing ??= prisma.$disconnect().finally(() => pool.end());
      return closing;
    },
  };
}
