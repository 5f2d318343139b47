// A migration whose SQL fails is rolled back as a whole, recorded as failed, named in the error, blocks
// later runs until resolved, and applies once fixed and marked rolled back.
import type { Database } from "../database";
import { applyMigrations, migrationStatus, MigrationFailedError, resolveMigration } from ".";
import { createMigrationWorkspace, type MigrationWorkspace } from "../../testing/migration-workspace";
import { openScratchDatabase, testBackend } from "../../testing/test-database";

const FIRST = "20300101000000_first";
const BROKEN = "20300102000000_broken";

// A DO block with semicolons inside, to prove the script reaches the server whole.
const BROKEN_SQL = `CREATE TABLE "will_vanish" (id int);
DO $$ BEGIN RAISE NOTICE 'one; two; three'; END $$;
INSERT INTO "no_such_table" VALUES (1);
`;

let db: Database;
let work: MigrationWorkspace;

async function tableExists(name: string): Promise<boolean> {
  const rows = await db.prisma.$queryRaw<{ found: string | null }[]>`SELECT to_regclass(${name})::text AS found`;
  return rows[0]?.found != null;
}

async function applyError(): Promise<MigrationFailedError> {
  const error: unknown = await applyMigrations(db, { paths: work.paths }).then(
    () => new Error("the migrations applied"),
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof MigrationFailedError)) throw error;
  return error;
}

beforeAll(async () => {
  [db, work] = await Promise.all([openScratchDatabase(), createMigrationWorkspace()]);
  await work.writeMigration(FIRST, `CREATE TABLE "kept" (id int PRIMARY KEY);`);
  await work.writeMigration(BROKEN, BROKEN_SQL);
});

afterAll(async () => {
  await db?.close();
  await work?.remove();
});

describe(`a failing migration (${testBackend})`, () => {
  it("is rolled back and raises MigrationFailedError naming it, the database error, and the way out", async () => {
    const error = await applyError();
    expect(error.migrationName).toBe(BROKEN);
    expect(error.message).toContain(`Migration ${BROKEN} failed and was rolled back`);
    expect(error.message).toMatch(/no_such_table/);
    expect(error.message).toContain(`pnpm db:migrate resolve --rolled-back ${BROKEN}`);
    expect(error.message).toContain("pnpm db:migrate:status");
    expect(await tableExists("kept")).toBe(true);
    expect(await tableExists("will_vanish")).toBe(false);
  });

  it("is recorded as failed", async () => {
    const status = await migrationStatus(db, { paths: work.paths });
    expect(status).toMatchObject({ applied: [FIRST], failed: [BROKEN], upToDate: false });
  });

  it("blocks later runs, which name it and its earlier error", async () => {
    const error = await applyError();
    expect(error.migrationName).toBe(BROKEN);
    expect(error.message).toMatch(/earlier attempt failed.*no_such_table/);
  });

  it("applies once fixed and marked rolled back", async () => {
    await work.writeMigration(BROKEN, BROKEN_SQL.replace("INSERT", `CREATE TABLE "no_such_table" (id int);\nINSERT`));
    await resolveMigration(db, { rolledBack: BROKEN }, { paths: work.paths });
    await expect(applyMigrations(db, { paths: work.paths })).resolves.toEqual([BROKEN]);
    expect(await tableExists("will_vanish")).toBe(true);
    const status = await migrationStatus(db, { paths: work.paths });
    expect(status).toMatchObject({ applied: [FIRST, BROKEN], failed: [], pending: [], upToDate: true });
  });
});
