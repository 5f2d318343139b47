import path from "node:path";
import { defineConfig } from "@prisma/config";

// Prisma's CLI downloads its native schema engine before any command unless this variable names a file.
// generate/validate/format never execute it; migrations run on the WebAssembly engine instead
// (docs/decisions/0002-migrations-with-the-wasm-schema-engine.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "tools/prisma-schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
