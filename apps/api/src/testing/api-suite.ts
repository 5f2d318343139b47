// Shared set-up of the API suites: a test database, the app on a port and factories, closed after the file.
import type { Database } from "../db/database";
import { factories, type Factories } from "./factories";
import { startTestApp, type TestApp } from "./test-app";
import { openTestDatabase } from "./test-database";

export interface ApiSuite {
  db: Database;
  app: TestApp;
  make: Factories;
}

/**
 * Call at the top of a test file; the fields are ready inside tests and hooks (a later `beforeAll` can seed).
 * `extend` adds fields made from the ready suite, such as a client.
 */
export function useApiSuite(): ApiSuite;
export function useApiSuite<Extra extends object>(extend: (suite: ApiSuite) => Extra): ApiSuite & Extra;
export function useApiSuite<Extra extends object>(extend?: (suite: ApiSuite) => Extra): ApiSuite | (ApiSuite & Extra) {
  const fields: Partial<ApiSuite> & Record<string | symbol, unknown> = {};
  beforeAll(async () => {
    const db = await openTestDatabase();
    fields.db = db;
    const suite: ApiSuite = { db, app: await startTestApp(db), make: factories(db.prisma) };
    Object.assign(fields, suite, extend?.(suite));
  });
  afterAll(async () => {
    await fields.app?.close();
    await fields.db?.close();
  });
  return new Proxy(fields, {
    get(target, key) {
      const value = target[key];
      if (value === undefined) throw new Error(`the API suite is not set up yet (${String(key)})`);
      return value;
    },
  }) as ApiSuite & Extra;
}
