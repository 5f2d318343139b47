// PGlite does not guard its data directory: a second process can open it while the first has it open
// (the server and `pnpm db:migrate`, say), and the two would corrupt it. A lock file holding the
// owner's process id keeps the second one out; a lock left by a process that died is taken over.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DatabaseUnavailableError } from "./errors";

const LOCK_FILE = "sambruk.lock";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of `dataDir` (which must exist); resolves to the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: "wx" });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
    if (owner === process.pid || (owner > 0 && isRunning(owner))) {
      const who = owner === process.pid ? "this process" : `another process (pid ${owner})`;
      throw new DatabaseUnavailableError(
        `The embedded database in ${dataDir} is already open in ${who}. Stop the other Sambruk process ` +
          "(the server, or another pnpm db:… command) and try again, or use another DATA_DIR.",
        { reason: "data_dir_in_use" },
      );
    }
    await rm(file, { force: true });
  }
  throw new DatabaseUnavailableError(`Could not lock the embedded database in ${dataDir}; try again.`, { reason: "data_dir_in_use" });
}
