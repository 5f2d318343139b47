// Migrations through Prisma's schema engine compiled to WebAssembly (docs/decisions/0002).
export { applyMigrations } from "./apply";
export { createMigration, migrationSlug, type CreateMigrationResult, type CreateOptions } from "./create";
export type { MigrateOptions } from "./engine-session";
export { MigrationError, MigrationFailedError } from "./errors";
export { migrationPaths, REPO_ROOT, type MigrationPaths } from "./paths";
export { resolveMigration, type Resolution } from "./resolve";
export { migrationStatus, type MigrationStatus, type StatusOptions } from "./status";
