import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lockDataDir } from "./data-dir-lock";
import { DatabaseUnavailableError } from "./errors";

let dir: string;
const lockFile = (): string => path.join(dir, "sambruk.lock");

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sambruk-lock-test-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the embedded data directory's lock", () => {
  it("is taken and released", async () => {
    const release = await lockDataDir(dir);
    expect(await readFile(lockFile(), "utf8")).toBe(`${process.pid}\n`);
    await release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it("keeps out a second opener in this process", async () => {
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/already open in this process/);
    await release();
  });

  it("keeps out a second opener while another live process holds it", async () => {
    await writeFile(lockFile(), `${process.ppid}\n`);
    const error: unknown = await lockDataDir(dir).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).toMatchObject({ reason: "data_dir_in_use", message: expect.stringContaining(`another process (pid ${process.ppid})`) });
  });

  it("takes over a lock left by a process that has died", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(lockFile(), `${dead}\n`);
    const release = await lockDataDir(dir);
    expect(await readFile(lockFile(), "utf8")).toBe(`${process.pid}\n`);
    await release();
  });
});
