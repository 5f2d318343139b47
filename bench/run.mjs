// `pnpm bench [startup|create|availability|web]`: runs the benchmarks (all by default) from a second process on
// loopback and prints Markdown tables for docs/benchmarks.md; raw results go to bench/results/latest.json.
// Needs a PostgreSQL server for create and availability: BENCH_DATABASE_URL (default: the local server).
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { availabilityScale } from "./availability-scale.mjs";
import { bookingCreate } from "./booking-create.mjs";
import { ROOT } from "./lib/server.mjs";
import { startupAndReads } from "./startup-and-reads.mjs";
import { webClient } from "./web-client.mjs";

const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const scenarios = { startup: startupAndReads, create: bookingCreate, availability: availabilityScale, web: webClient };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(scenarios);

const report = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
  commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim(),
  durationSeconds,
  results: {},
};
for (const name of chosen) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`Unknown benchmark ${name}; choose from ${Object.keys(scenarios).join(", ")}`);
  console.log(`\n## ${name}\n`);
  const result = await scenario({ durationSeconds });
  report.results[name] = result;
  console.log(result.table);
}
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench/results/latest.json"), `${JSON.stringify(report, null, 2)}\n`);
