// The repository's own migrations: complete with respect to schema.prisma, and enforcing the
// hand-written rules.
import type { Database } from "../database";
import { createMigration, migrationStatus } from ".";
import { createMigrationWorkspace } from "../../testing/migration-workspace";
import { failureCode } from "../../testing/postgres-error";
import { openTestDatabase, testBackend } from "../../testing/test-database";

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe(`prisma/migrations (${testBackend})`, () => {
  it("describe prisma/schema.prisma completely (no migration is missing)", async () => {
    const work = await createMigrationWorkspace({ copyMigrations: true });
    try {
      const result = await createMigration(db, "missing", { paths: work.paths });
      expect(result).toMatchObject({ created: false });
    } finally {
      await work.remove();
    }
  });

  it("are all applied to the test database", async () => {
    const status = await migrationStatus(db);
    expect(status.applied).toEqual(status.local);
    expect(status).toMatchObject({ pending: [], failed: [], upToDate: true });
  });

  it("keep weekly hours within a day and weekdays within 1–7", async () => {
    const centre = await db.prisma.centre.create({
      data: { slug: `check-${Date.now()}`, name: "Check", streetAddress: "Gata 1", postalCode: "1384", postalTown: "Asker", formerMunicipality: "asker" },
    });
    const valid = { centreId: centre.id, kind: "opening" as const, weekday: 1, opensMinute: 480, closesMinute: 1440 };
    const refused = [{ weekday: 0 }, { weekday: 8 }, { opensMinute: -1 }, { opensMinute: 600, closesMinute: 600 }, { closesMinute: 1441 }];
    for (const change of refused) {
      await expect(failureCode(db.prisma.centreHours.create({ data: { ...valid, ...change } }))).resolves.toBe("23514");
    }
    await expect(db.prisma.centreHours.create({ data: valid })).resolves.toMatchObject({ weekday: 1 });
    await db.prisma.centre.delete({ where: { id: centre.id } });
  });
});
