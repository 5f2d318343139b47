// Starting Sambruk for a benchmark, as `pnpm start` does (without the web build), and reading its memory.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Starts the server on `port`; resolves once /api/v1/health answers 200. */
export async function startServer({ port, databaseUrl }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "sambruk-bench-"));
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []), "--import", "tsx", "apps/api/src/server.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "development", LOG_LEVEL: "warn", DEMO_LOGIN: "true", RATE_LIMIT_WRITES_PER_MINUTE: "10000000", PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? "" },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (performance.now() - started > 180_000) throw new Error("server did not start within 180 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    baseUrl,
    startupMs: Math.round(performance.now() - started),
    rssMiB: () => rssMiB(child.pid),
    async stop() {
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function rssMiB(pid) {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return Math.round(kib / 102.4) / 10;
}
