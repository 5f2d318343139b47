// A driver adapter that forwards to another one, with some methods replaced. The adapter fixes in this
// folder are built from it, so each fix stays a small, separate override.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type AdapterOverrides = Partial<Pick<SqlDriverAdapter, "queryRaw" | "executeRaw" | "executeScript" | "startTransaction" | "dispose">>;

export function delegateAdapter(inner: SqlDriverAdapter, overrides: AdapterOverrides): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: overrides.queryRaw ?? ((query) => inner.queryRaw(query)),
    executeRaw: overrides.executeRaw ?? ((query) => inner.executeRaw(query)),
    executeScript: overrides.executeScript ?? ((script) => inner.executeScript(script)),
    startTransaction: overrides.startTransaction ?? ((level) => inner.startTransaction(level)),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: overrides.dispose ?? (() => inner.dispose()),
  };
}

/**
 * What Prisma's schema engine gets from a Database: connections to it and to throw-away shadow databases.
 * The engine does not reliably dispose of what it opens, so the owner calls `dispose()` when done.
 */
export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  dispose(): Promise<void>;
}
