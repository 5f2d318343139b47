// For suites that need a real PostgreSQL server (concurrency, server-only behaviour). Without
// TEST_DATABASE_URL they are skipped loudly; with CI=true a skip is an error, so CI never skips silently.
import { testBackend } from "./test-env";

export function describeWithServer(name: string, fn: () => void): void {
  if (testBackend === "postgres") {
    describe(name, fn);
    return;
  }
  const ci = process.env["CI"];
  if (ci === "true" || ci === "1") {
    throw new Error(`"${name}" needs a PostgreSQL server, and CI must not skip it: set TEST_DATABASE_URL.`);
  }
  console.warn(`SKIPPED (needs TEST_DATABASE_URL): ${name}`);
  describe.skip(name, fn);
}
