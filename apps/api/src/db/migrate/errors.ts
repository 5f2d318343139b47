// Errors of the migration commands, with messages that say what to do next.

/** A migration's SQL failed: it was rolled back and recorded as failed in _prisma_migrations. */
export class MigrationFailedError extends Error {
  readonly code = "migration_failed";
  constructor(
    readonly migrationName: string,
    readonly databaseError: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Migration ${migrationName} failed and was rolled back: ${databaseError}\n` +
        "It is recorded as failed in _prisma_migrations, so no later migration is applied until it is resolved:\n" +
        `  1. Fix prisma/migrations/${migrationName}/migration.sql (or remove that directory if the change is not wanted).\n` +
        `  2. Mark the failed attempt as rolled back: pnpm db:migrate resolve --rolled-back ${migrationName}\n` +
        "  3. Apply again with pnpm db:migrate, and check with pnpm db:migrate:status.",
      options,
    );
    this.name = "MigrationFailedError";
  }
}

/** Anything else the schema engine refused (edited migration, unreadable file, engine panic, …). */
export class MigrationError extends Error {
  readonly code = "migration_error";
  constructor(
    message: string,
    readonly engineCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}
