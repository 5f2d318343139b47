// The schema engine's errors carry a Rust backtrace and sometimes a Prisma error code (P3009, …); these
// helpers keep the part a person needs.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { MigrationError } from "./errors";
import { takeEnginePanic } from "./wasm-engine";

export function engineCode(error: unknown): string | undefined {
  const code: unknown = typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" ? code : undefined;
}

/**
 * The engine's message without its backtrace and wrapper lines. Errors thrown by our adapter code reach
 * the engine as "External error id#N"; the registry gives back their own message.
 */
export function cleanEngineMessage(text: string, registry?: ErrorRegistry): string {
  const withoutTrace = (text.split(/\n\s+0: /)[0] ?? text).replace(/External error id#(\d+)/g, (whole, id: string) => {
    const record = registry?.consumeError(Number(id));
    return record?.error instanceof Error ? record.error.message : whole;
  });
  return withoutTrace
    .replace(/external connector error\n/g, "")
    .replace(/Error querying the database: /g, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** The migration an apply error is about, when the engine names it. */
export function failedMigrationName(message: string): string | undefined {
  return (/migration_name="([^"]+)"/.exec(message) ?? /The `([^`]+)` migration started at/.exec(message))?.[1];
}

/** Wraps any engine failure in a MigrationError with a readable message (and the panic text, if any). */
export function toMigrationError(error: unknown, doing: string, registry?: ErrorRegistry): MigrationError {
  const panic = takeEnginePanic();
  const raw = error instanceof Error ? error.message : String(error);
  const detail = panic ? `the schema engine crashed: ${panic}` : cleanEngineMessage(raw, registry);
  return new MigrationError(`Could not ${doing}: ${detail}`, engineCode(error), { cause: error });
}
