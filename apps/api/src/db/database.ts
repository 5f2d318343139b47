// The one module that decides which PostgreSQL Sambruk talks to: a server when DATABASE_URL is set,
// else embedded PGlite in DATA_DIR. Nothing else in the code base knows which.
import type { PrismaClient } from "../generated/prisma/client";
import type { MigrationAdapterFactory } from "./adapters/delegate";
import { openEmbeddedDatabase } from "./embedded";
import { openServerDatabase } from "./server";

export type { MigrationAdapterFactory } from "./adapters/delegate";
export { DatabaseUnavailableError } from "./errors";

export type DatabaseKind = "postgres" | "embedded";

export interface Database {
  readonly kind: DatabaseKind;
  /** A description safe to log and show: host/database or data directory, never a password. */
  readonly location: string;
  readonly prisma: PrismaClient;
  /** Cheap liveness probe used by the health endpoint. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /**
   * Connections for Prisma's schema engine (migrations), including throw-away shadow databases, with
   * the driver-adapter fixes it needs. The caller disposes of the factory when done.
   */
  migrationAdapter(): MigrationAdapterFactory;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/**
 * Opens and checks the database. Throws DatabaseUnavailableError with a readable message when the URL
 * is malformed, the server cannot be reached or refuses us, or the data directory is unusable.
 */
export function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.databaseUrl ? openServerDatabase(opts.databaseUrl) : openEmbeddedDatabase(opts.dataDir);
}
