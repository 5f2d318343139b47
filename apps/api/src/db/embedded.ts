// Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) persisted in a data directory, with
// the extensions the migrations use.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { createPGliteMigrationAdapter } from "./adapters/pglite-migration-adapter";
import { lockDataDir } from "./data-dir-lock";
import type { Database } from "./database";
import { DatabaseUnavailableError } from "./errors";
import { pingDatabase } from "./ping";

/** A PGlite with Sambruk's extensions; in memory when no directory is given. */
export async function createPGlite(dataDir?: string): Promise<PGlite> {
  return PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { btree_gist } });
}

let emptySnapshot: Promise<Blob | File> | undefined;

/**
 * An empty in-memory PGlite, for the schema engine's shadow databases. The first is created from
 * scratch (seconds); later ones in the same process restore a snapshot of it (a fraction of that).
 */
export async function createEmptyPGlite(): Promise<PGlite> {
  if (emptySnapshot) {
    const snapshot = await emptySnapshot;
    return PGlite.create({ loadDataDir: snapshot, extensions: { btree_gist } });
  }
  const pglite = await createPGlite();
  emptySnapshot = pglite.dumpDataDir("none");
  await emptySnapshot.catch(() => (emptySnapshot = undefined));
  return pglite;
}

/** Opens (creating when needed) the embedded database in `dataDir`, which only this process may use. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const location = path.resolve(dataDir);
  let unlock: (() => Promise<void>) | undefined;
  try {
    await mkdir(location, { recursive: true });
    unlock = await lockDataDir(location);
    return embeddedDatabase(await createPGlite(location), location, unlock);
  } catch (error) {
    await unlock?.();
    if (error instanceof DatabaseUnavailableError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `Cannot open the embedded database in ${location}: ${why}. Check that DATA_DIR points to a writable ` +
        "directory, or set DATABASE_URL to use a PostgreSQL server.",
      { reason: "data_dir_unusable", cause: error },
    );
  }
}

/** A throw-away embedded database in memory (nothing persists). */
export async function openInMemoryDatabase(): Promise<Database> {
  return embeddedDatabase(await createPGlite(), "in memory", async () => undefined);
}

function embeddedDatabase(pglite: PGlite, location: string, unlock: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  let closing: Promise<void> | undefined;
  return {
    kind: "embedded",
    location,
    prisma,
    ping: () => pingDatabase(prisma),
    migrationAdapter: () => createPGliteMigrationAdapter(pglite, createEmptyPGlite),
    close: () => {
      closing ??= prisma.$disconnect().finally(() => (pglite.closed ? undefined : pglite.close())).finally(unlock);
      return closing;
    },
  };
}
