// Fixes @prisma/adapter-pg 7.10 defect 1 of 3 (see docs/decisions/0002): PostgreSQL's internal "char"
// type (OID 18; pg_class.relkind, pg_constraint.contype, …) is rejected with "Column type 'char' could
// not be deserialized". Prisma's schema engine reads such columns when it introspects, and expects them
// as ColumnTypeEnum.Character (relabelled as plain text, it panics once a CHECK or EXCLUDE constraint
// exists). Every client of the migration pool relabels OID-18 fields as text and marks their names;
// `restoreCharColumns` strips the mark and reports those columns as Character.
import { ColumnTypeEnum, type SqlResultSet, type Transaction } from "@prisma/driver-adapter-utils";
import type pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;
const MARK = "\u0000pg-char\u0000";

interface FieldsCarrier {
  fields?: { name: string; dataTypeID: number }[];
}

function relabel(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as FieldsCarrier | undefined)?.fields ?? []) {
      if (field.dataTypeID !== CHAR_OID) continue;
      field.dataTypeID = TEXT_OID;
      field.name = MARK + field.name;
    }
  }
}

type Callback = (error: Error | undefined, result: unknown) => void;

function patchQuery(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const query = (...args: unknown[]): unknown => {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      return original(...args.slice(0, -1), (error: Error | undefined, result: unknown) => {
        if (!error) relabel(result);
        callback(error, result);
      });
    }
    const returned = original(...args);
    if (!(returned instanceof Promise)) return returned;
    return returned.then((result: unknown) => {
      relabel(result);
      return result;
    });
  };
  Object.defineProperty(client, "query", { value: query, configurable: true, writable: true });
}

/** Makes every connection of the pool relabel "char" columns (covers pool queries and transactions). */
export function relabelCharColumns(pool: pg.Pool): void {
  pool.on("connect", patchQuery);
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.startsWith(MARK))) return result;
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, index) => {
    if (!name.startsWith(MARK)) return name;
    columnTypes[index] = ColumnTypeEnum.Character;
    return name.slice(MARK.length);
  });
  return { ...result, columnNames, columnTypes };
}

export function restoreCharColumnsInTransaction(tx: Transaction): Transaction {
  const wrapped: Transaction = {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: async (query) => restoreCharColumns(await tx.queryRaw(query)),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
  if (tx.createSavepoint) wrapped.createSavepoint = (name) => tx.createSavepoint?.(name) ?? Promise.resolve();
  if (tx.rollbackToSavepoint) wrapped.rollbackToSavepoint = (name) => tx.rollbackToSavepoint?.(name) ?? Promise.resolve();
  if (tx.releaseSavepoint) wrapped.releaseSavepoint = (name) => tx.releaseSavepoint?.(name) ?? Promise.resolve();
  return wrapped;
}
