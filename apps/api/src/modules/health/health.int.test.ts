import { Health } from "@sambruk/contracts";
import type { Database } from "../../db/database";
import { openTestDatabase, testBackend } from "../../testing/test-database";
import { startTestApp } from "../../testing/test-app";

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe("GET /api/v1/health", () => {
  it("reports the database kind and migration state", async () => {
    const app = await startTestApp(db, { version: "1.2.3", migrations: () => ({ state: "up_to_date", applied: 1, latest: "20261128000000_init" }) });
    try {
      const response = await fetch(app.url("/api/v1/health"));
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(Health.parse(await response.json())).toEqual({
        status: "ok",
        version: "1.2.3",
        database: { kind: testBackend, reachable: true },
        migrations: { state: "up_to_date", applied: 1, latest: "20261128000000_init" },
      });
    } finally {
      await app.close();
    }
  });

  it("is 503 when the database does not answer", async () => {
    const app = await startTestApp({ ...db, ping: async () => false });
    try {
      const response = await fetch(app.url("/api/v1/health"));
      expect(response.status).toBe(503);
      expect(Health.parse(await response.json())).toMatchObject({ status: "unavailable", database: { reachable: false } });
    } finally {
      await app.close();
    }
  });
});
