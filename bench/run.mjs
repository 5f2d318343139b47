// `pnpm bench`: start Sambruk as `pnpm start` does and measure it from a second process on loopback.
// Records start-up time, memory, and HTTP throughput/latency of the read endpoints, on the embedded
// database and (when BENCH_DATABASE_URL is set) on a PostgreSQL server. Results: bench/results/*.json.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3299;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;

async function waitForHealth(started) {
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/health`);
      if (response.ok) return performance.now() - started;
    } catch {
      // not up yet
    }
    if (performance.now() - started > 180_000) throw new Error("server did not start within 180 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kib / 102.4) / 10;
}

async function load(urlPath) {
  const result = await autocannon({ url: `http://127.0.0.1:${PORT}${urlPath}`, connections: CONNECTIONS, duration: DURATION_S });
  return {
    path: urlPath,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.non2xx,
  };
}

async function measure(label, env) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "sambruk-bench-"));
  const started = performance.now();
  const server = spawn(process.execPath, ["--import", "tsx", "apps/api/src/server.ts"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", PORT: String(PORT), DATA_DIR: dataDir, ...env },
  });
  try {
    const startupMs = Math.round(await waitForHealth(started));
    const idleRssMiB = rssMiB(server.pid);
    const endpoints = [await load("/api/v1/centres"), await load("/api/v1/health")];
    return { label, startupMs, idleRssMiB, loadedRssMiB: rssMiB(server.pid), endpoints };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const runs = [await measure("embedded (PGlite)", { DATABASE_URL: "" })];
if (process.env.BENCH_DATABASE_URL) runs.push(await measure("PostgreSQL server", { DATABASE_URL: process.env.BENCH_DATABASE_URL }));

const machine = { node: process.version, cpus: (await import("node:os")).cpus().length, commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).stdout.toString().trim() };
const report = { date: new Date().toISOString(), machine, durationSeconds: DURATION_S, connections: CONNECTIONS, runs };
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/latest.json"), `${JSON.stringify(report, null, 2)}\n`);

console.log(`| backend | start-up | RSS idle → loaded | endpoint | req/s | p50 | p99 | errors |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const run of runs) {
  for (const endpoint of run.endpoints) {
    console.log(`| ${run.label} | ${run.startupMs} ms | ${run.idleRssMiB} → ${run.loadedRssMiB} MiB | GET ${endpoint.path} | ${endpoint.requestsPerSecond} | ${endpoint.latencyMs.p50} ms | ${endpoint.latencyMs.p99} ms | ${endpoint.errors} |`);
  }
}
