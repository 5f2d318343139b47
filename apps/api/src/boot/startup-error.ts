import { EnvError } from "../config/env";
import { DatabaseUnavailableError } from "../db/errors";
import { MigrationError, MigrationFailedError } from "../db/migrate";

/** A message for a person at a terminal: what went wrong and what to do, without a stack trace. */
export function describeStartupError(error: unknown): string {
  if (error instanceof EnvError) {
    return `Sambruk cannot start. ${error.message}\nSee the configuration table in README.md.`;
  }
  if (error instanceof DatabaseUnavailableError) {
    return `Sambruk cannot start: ${error.message}`;
  }
  if (isPortInUse(error)) {
    return `Sambruk cannot start: port ${error.port} is already in use. Stop the other program or set PORT to a free port.`;
  }
  if (error instanceof MigrationFailedError || error instanceof MigrationError) {
    return `Sambruk cannot start: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Sambruk cannot start: unexpected error: ${message}\nRun with LOG_LEVEL=debug for details.`;
}

function isPortInUse(error: unknown): error is { port: number } {
  return typeof error === "object" && error !== null && "code" in error && error.code === "EADDRINUSE" && "port" in error;
}
