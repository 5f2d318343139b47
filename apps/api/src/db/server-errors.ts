// Readable messages for the ways a connection to a PostgreSQL server fails.
import type { ServerTarget } from "./connection-url";
import { DatabaseUnavailableError, type DatabaseUnavailableReason } from "./errors";

const ADVICE =
  "Check that the server is running and that DATABASE_URL is right, or unset DATABASE_URL to use the " +
  "embedded database in DATA_DIR.";

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code: unknown = Reflect.get(error, "code");
  if (typeof code === "string") return code;
  // Several addresses tried (localhost → ::1 and 127.0.0.1): Node reports an AggregateError.
  const errors: unknown = Reflect.get(error, "errors");
  return Array.isArray(errors) ? codeOf(errors[0]) : undefined;
}

function explain(error: unknown, target: ServerTarget): [DatabaseUnavailableReason, string] {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
      return ["unreachable", "the connection was refused (nothing listens on that host and port)"];
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return ["unreachable", "the host name could not be resolved"];
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return ["unreachable", "the host did not answer"];
    case "28P01":
    case "28000":
      return ["authentication_failed", `the server refused the credentials (${message})`];
    case "3D000":
      return ["database_not_found", `the database "${target.database}" does not exist; create it first`];
    default:
      if (/timeout/i.test(message)) return ["unreachable", "the server did not answer in time"];
      return ["unreachable", message];
  }
}

export function describeConnectionError(error: unknown, target: ServerTarget): DatabaseUnavailableError {
  const [reason, why] = explain(error, target);
  return new DatabaseUnavailableError(`Cannot connect to the PostgreSQL server at ${target.location}: ${why}. ${ADVICE}`, {
    reason,
    cause: error,
  });
}
