import { createServer } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "./database";
import { DatabaseUnavailableError } from "./errors";
import { openTestDatabase, testBackend } from "../testing/test-database";

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

async function openingError(databaseUrl: string | undefined, dataDir = ""): Promise<DatabaseUnavailableError> {
  const error: unknown = await openDatabase({ databaseUrl, dataDir }).then(
    async (db) => {
      await db.close();
      throw new Error("the database opened");
    },
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof DatabaseUnavailableError)) throw error;
  return error;
}

describe(`openDatabase (${testBackend})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("opens the configured kind of database and answers pings", async () => {
    expect(db.kind).toBe(testBackend);
    await expect(db.ping()).resolves.toBe(true);
    expect(db.location).not.toMatch(/:\/\/|@/);
  });

  it.each([
    ["not a URL", "postgresql://app:s3cret@[::1/sambruk", /not a URL/],
    ["another database's scheme", "mysql://app:s3cret@localhost/sambruk", /instead of "postgresql:\/\/"/],
    ["a port that is not a number", "postgresql://app:s3cret@localhost:54x2/sambruk", /not a URL/],
  ])("explains a malformed URL (%s) without echoing the password", async (_case, url, why) => {
    const error = await openingError(url);
    expect(error).toMatchObject({ code: "database_unavailable", reason: "invalid_url" });
    expect(error.message).toMatch(/^DATABASE_URL is malformed/);
    expect(error.message).toMatch(why);
    expect(error.message).not.toContain("s3cret");
  });

  it("explains a server that does not answer", async () => {
    const port = await closedPort();
    const error = await openingError(`postgresql://app:s3cret@127.0.0.1:${port}/sambruk`);
    expect(error).toMatchObject({ code: "database_unavailable", reason: "unreachable" });
    expect(error.message).toContain(`Cannot connect to the PostgreSQL server at 127.0.0.1:${port}/sambruk`);
    expect(error.message).toMatch(/refused/);
    expect(error.message).not.toContain("s3cret");
  });

  it("explains a data directory that cannot be used", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sambruk-db-test-"));
    try {
      await writeFile(path.join(dir, "file"), "not a directory");
      const error = await openingError(undefined, path.join(dir, "file", "data"));
      expect(error).toMatchObject({ code: "database_unavailable", reason: "data_dir_unusable" });
      expect(error.message).toContain("Cannot open the embedded database in");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
