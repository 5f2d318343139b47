// The driver adapter Prisma's schema engine uses on embedded PGlite: pglite-prisma-adapter 0.7.2 with
// two fixes (see docs/decisions/0002):
// 1. Its executeScript() does not await `client.exec()`: a failing migration is reported as applied and
//    its rejection crashes Node later as unhandled. Here it is awaited and mapped to the engine's error.
// 2. Its connectToShadowDb() builds a bare in-memory PGlite, without the extensions our migrations
//    create (btree_gist), and never closes it. Here the shadow is built like the main database (by the
//    given function) and closed on dispose.
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { delegateAdapter, type MigrationAdapterFactory } from "./delegate";
import { toDriverAdapterError } from "./driver-error";

async function connectTo(pglite: PGlite, dispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(pglite).connect();
  return delegateAdapter(inner, {
    executeScript: async (script) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
    ...(dispose ? { dispose } : {}),
  });
}

export function createPGliteMigrationAdapter(pglite: PGlite, createShadow: () => Promise<PGlite>): MigrationAdapterFactory {
  const shadows = new Set<PGlite>();
  const closeShadow = async (shadow: PGlite): Promise<void> => {
    if (!shadows.delete(shadow)) return;
    await shadow.close();
  };
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(pglite),
    connectToShadowDb: async () => {
      const shadow = await createShadow();
      shadows.add(shadow);
      return connectTo(shadow, () => closeShadow(shadow));
    },
    dispose: async () => {
      await Promise.all([...shadows].map(closeShadow));
    },
  };
}
