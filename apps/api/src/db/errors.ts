// Errors of the database layer that the HTTP layer and the CLI turn into clear messages.

/** Why a database could not be opened; `code` stays the same for all of them. */
export type DatabaseUnavailableReason =
  | "invalid_url"
  | "unreachable"
  | "authentication_failed"
  | "database_not_found"
  | "data_dir_unusable"
  | "data_dir_in_use";

/** The database cannot be reached or opened (bad URL, server down, data directory unusable). */
export class DatabaseUnavailableError extends Error {
  readonly code = "database_unavailable";
  readonly reason: DatabaseUnavailableReason | undefined;
  constructor(message: string, options?: { cause?: unknown; reason?: DatabaseUnavailableReason }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
    this.reason = options?.reason;
  }
}

// Connection failures as they surface through pg, Prisma and its driver adapters.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN",
  "08000", "08001", "08003", "08006", "57P01", "57P02", "57P03",
  "P1001", "P1002", "P1017",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** True when an error (or any error in its `cause` chain) means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof current !== "object") return false;
    const { code, kind, cause } = current as { code?: unknown; kind?: unknown; cause?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    const next = cause ?? (current as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
    current = next;
  }
  return false;
}
