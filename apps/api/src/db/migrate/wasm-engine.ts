// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned to the
// engine commit of our Prisma version). The package's own entry imports the .wasm file as an ES module,
// which Node cannot do, and @prisma/migrate's loader looks for the file in the wrong package; so we
// instantiate it ourselves with the package's JavaScript glue, as wasm-bindgen's entry would.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

type WasmExports = Record<string, unknown>;
type WasmImports = Record<string, unknown>;

/** The part of the WebAssembly global we use (the ES2023 lib and @types/node 20 do not declare it). */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, WasmImports>): Promise<{ instance: { exports: WasmExports } }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

/** Members of the glue that its type declarations leave out. */
interface GlueInternals {
  __wbg_set_wasm(exports: WasmExports): void;
}

interface PanicRegistry {
  set_message(message: string): void;
}

declare global {
  // Read by the glue when the Rust code panics; without it a panic surfaces as a TypeError.
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

let lastPanic: string | undefined;
let loading: Promise<typeof glue.SchemaEngine> | undefined;

/** The message of the engine's last Rust panic, if any (a panic rejects with a bare "unreachable"). */
export function takeEnginePanic(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

/**
 * The engine arms timers it never clears (a 10 s advisory-lock timeout, among others); unref'd, they no
 * longer keep Node (or Jest) alive after the work is done.
 */
function importsWithUnrefTimers(): WasmImports {
  const imports: WasmImports = { ...(glue as unknown as WasmImports) };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    const setTimer = value as (...args: unknown[]) => unknown;
    imports[name] = (...args: unknown[]) => {
      const timer = setTimer(...args);
      if (typeof timer === "object" && timer !== null && "unref" in timer && typeof timer.unref === "function") timer.unref();
      return timer;
    };
  }
  return imports;
}

async function load(): Promise<typeof glue.SchemaEngine> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => void (lastPanic = message) };
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
  const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": importsWithUnrefTimers() });
  (glue as unknown as GlueInternals).__wbg_set_wasm(instance.exports);
  const start = instance.exports["__wbindgen_start"];
  if (typeof start === "function") start();
  return glue.SchemaEngine;
}

/** The SchemaEngine class, instantiated once per process. */
export function loadSchemaEngine(): Promise<typeof glue.SchemaEngine> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
