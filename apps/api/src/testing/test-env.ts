// How the global setup hands the per-run database to the test workers (through their environment).
// Only the test harness reads these.

/** Set by the developer or CI: a PostgreSQL server to run the API tests on (any database on it). */
export const SERVER_URL_VARIABLE = "TEST_DATABASE_URL";
/** Set by the global setup: the fresh, migrated database of this run on that server. */
export const RUN_DATABASE_URL_VARIABLE = "SAMBRUK_TEST_RUN_DATABASE_URL";
/** Set by the global setup: this run's temporary directory (embedded backend). */
export const RUN_DIR_VARIABLE = "SAMBRUK_TEST_RUN_DIR";

/** Inside the run directory: an initialised, empty PGlite data directory, and a migrated one. */
export const EMPTY_TEMPLATE = "template-empty";
export const MIGRATED_TEMPLATE = "template-migrated";

export const testBackend: "postgres" | "embedded" = process.env[SERVER_URL_VARIABLE] ? "postgres" : "embedded";

export function requireVariable(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the API tests through apps/api/jest.config.mjs, whose global setup prepares the database.`);
  }
  return value;
}
