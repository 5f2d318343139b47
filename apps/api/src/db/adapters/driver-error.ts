// Turns a PostgreSQL error (from pg or PGlite) into the error shape Prisma's engines understand, so that
// the schema engine reports the database's code and message ("Database error code: 42P01 …").
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

interface PostgresErrorFields {
  code: string;
  message: string;
  severity?: string | undefined;
  detail?: string | undefined;
  column?: string | undefined;
  hint?: string | undefined;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (!(error instanceof Error)) return false;
  const code: unknown = Reflect.get(error, "code");
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

/** A DriverAdapterError for database errors; anything else (network, bugs) is rethrown unchanged. */
export function toDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}
