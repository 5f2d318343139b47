// Shared set-up of the booking API suites: a database, the app on a port, factories and a client.
import type { Database } from "../db/database";
import { bookingsClient, type BookingsClient } from "./bookings-client";
import { factories, type Factories } from "./factories";
import { startTestApp, type TestApp } from "./test-app";
import { openTestDatabase } from "./test-database";

export interface BookingSuite {
  db: Database;
  app: TestApp;
  make: Factories;
  api: BookingsClient;
}

/** Call at the top of a test file; the fields are ready inside tests and hooks. */
export function useBookingSuite(): BookingSuite {
  const suite: Partial<BookingSuite> = {};
  beforeAll(async () => {
    suite.db = await openTestDatabase();
    suite.app = await startTestApp(suite.db);
    suite.make = factories(suite.db.prisma);
    suite.api = bookingsClient(suite.app);
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.db?.close();
  });
  return new Proxy(suite, {
    get(target, key: keyof BookingSuite) {
      const value = target[key];
      if (value === undefined) throw new Error(`the booking suite is not set up yet (${String(key)})`);
      return value;
    },
  }) as BookingSuite;
}
