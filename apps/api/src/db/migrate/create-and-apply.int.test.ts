// create → apply → change the schema → create → apply, on a temporary copy of the schema and an empty
// database of the current backend; hand-written constraints must survive later diffs.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "../database";
import { applyMigrations, createMigration, migrationStatus } from ".";
import { createMigrationWorkspace, type MigrationWorkspace } from "../../testing/migration-workspace";
import { failureCode } from "../../testing/postgres-error";
import { openScratchDatabase, testBackend } from "../../testing/test-database";

const INIT = "20300101120000_init";
// A table the real schema does not have, so that the change is new whatever the schema already holds.
const ADD_HOLD = "20300102120000_add_hold";
const at = (day: number): Date => new Date(Date.UTC(2030, 0, day, 12, 0, 0));

const HOLD_MODEL = `model ScratchHold {
  id       String   @id @default(uuid()) @db.Uuid
  spaceId  String   @map("space_id") @db.Uuid
  startsAt DateTime @map("starts_at") @db.Timestamptz(3)
  endsAt   DateTime @map("ends_at") @db.Timestamptz(3)

  @@map("scratch_hold")
}`;

let db: Database;
let work: MigrationWorkspace;

beforeAll(async () => {
  [db, work] = await Promise.all([openScratchDatabase(), createMigrationWorkspace()]);
});

afterAll(async () => {
  await db?.close();
  await work?.remove();
});

describe(`create → apply → change → create → apply (${testBackend})`, () => {
  it("creates the first migration from schema.prisma, with the lock file", async () => {
    const result = await createMigration(db, "Init", { paths: work.paths, now: at(1) });
    expect(result).toMatchObject({ created: true, name: INIT });
    expect(await work.readMigration(INIT)).toContain('CREATE TABLE "centre_hours"');
    expect(existsSync(path.join(work.paths.migrationsDir, "migration_lock.toml"))).toBe(true);
  });

  it("reports the new migration as pending", async () => {
    await work.appendToMigration(
      INIT,
      `CREATE EXTENSION IF NOT EXISTS btree_gist;
       ALTER TABLE "centre_hours" ADD CONSTRAINT "centre_hours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);`,
    );
    const status = await migrationStatus(db, { paths: work.paths });
    expect(status).toMatchObject({ local: [INIT], applied: [], pending: [INIT], failed: [], upToDate: false });
  });

  it("applies it once, with the hand-written CHECK in force", async () => {
    await expect(applyMigrations(db, { paths: work.paths })).resolves.toEqual([INIT]);
    await expect(applyMigrations(db, { paths: work.paths })).resolves.toEqual([]);
    const centre = await db.prisma.centre.create({
      data: { slug: "test", name: "Test", streetAddress: "Gata 1", postalCode: "1384", postalTown: "Asker", formerMunicipality: "asker" },
    });
    const hours = { centreId: centre.id, kind: "opening" as const, opensMinute: 600, closesMinute: 900 };
    await expect(failureCode(db.prisma.centreHours.create({ data: { ...hours, weekday: 8 } }))).resolves.toBe("23514");
    await db.prisma.centreHours.create({ data: { ...hours, weekday: 7 } });
  });

  it("creates nothing when the schema has not changed (the CHECK is not dropped)", async () => {
    const result = await createMigration(db, "again", { paths: work.paths, now: at(2) });
    expect(result).toMatchObject({ created: false, message: expect.stringMatching(/^No changes/) });
    expect(work.hasMigration("20300102120000_again")).toBe(false);
  });

  it("creates a migration for a schema change, and nothing else", async () => {
    await work.extendSchema(HOLD_MODEL);
    const result = await createMigration(db, "add hold", { paths: work.paths, now: at(2) });
    expect(result).toMatchObject({ created: true, name: ADD_HOLD });
    const sql = await work.readMigration(ADD_HOLD);
    expect(sql).toContain('CREATE TABLE "scratch_hold"');
    expect(sql).not.toMatch(/DROP|centre_hours/);
    await work.appendToMigration(
      ADD_HOLD,
      `ALTER TABLE "scratch_hold" ADD CONSTRAINT "scratch_hold_no_overlap"
         EXCLUDE USING gist ("space_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&);`,
    );
    await expect(migrationStatus(db, { paths: work.paths })).resolves.toMatchObject({ applied: [INIT], pending: [ADD_HOLD] });
  });

  it("applies the change, with the exclusion constraint in force", async () => {
    await expect(applyMigrations(db, { paths: work.paths })).resolves.toEqual([ADD_HOLD]);
    const book = (starts: string, ends: string) =>
      db.prisma.$executeRaw`INSERT INTO "scratch_hold" (id, space_id, starts_at, ends_at)
        VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', ${starts}::timestamptz, ${ends}::timestamptz)`;
    await book("2030-01-07T10:00:00Z", "2030-01-07T11:00:00Z");
    await book("2030-01-07T11:00:00Z", "2030-01-07T12:00:00Z");
    await expect(failureCode(book("2030-01-07T10:30:00Z", "2030-01-07T11:30:00Z"))).resolves.toBe("23P01");
  });

  it("is then up to date, without drift, and a new diff keeps the hand-written constraints", async () => {
    const status = await migrationStatus(db, { paths: work.paths, checkDrift: true });
    expect(status).toMatchObject({ applied: [INIT, ADD_HOLD], pending: [], failed: [], drift: null, upToDate: true });
    const result = await createMigration(db, "after", { paths: work.paths, now: at(3) });
    expect(result).toMatchObject({ created: false });
  });

  it("reports drift when the database was changed behind the migrations' back", async () => {
    await db.prisma.$executeRaw`CREATE TABLE "made_by_hand" (id int)`;
    const status = await migrationStatus(db, { paths: work.paths, checkDrift: true });
    expect(status.drift).toContain("made_by_hand");
  });
});
