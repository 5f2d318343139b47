#!/bin/sh
# Sambruk never runs Prisma's native schema engine: migrations go through the engine compiled to
# WebAssembly (see docs/decisions/0002-migrations-with-the-wasm-schema-engine.md).
# prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here so that `prisma generate` does not try to
# download the native engine. If you see this message, use the project's own commands instead:
echo "sambruk: the native Prisma schema engine is not used here." >&2
echo "  pnpm db:migrate            apply pending migrations" >&2
echo "  pnpm db:migrate:create X   write a migration for the change in prisma/schema.prisma" >&2
echo "  pnpm db:migrate:status     show the state of the migrations" >&2
exit 1
