// Start-up time, memory and read throughput, on the embedded database and on a PostgreSQL server.
import { scratchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { startServer } from "./lib/server.mjs";

async function measure(label, databaseUrl, durationSeconds) {
  const server = await startServer({ port: 3299, databaseUrl });
  try {
    const idleRssMiB = server.rssMiB();
    const centres = await load({ url: `${server.baseUrl}/api/v1/centres`, duration: durationSeconds });
    const health = await load({ url: `${server.baseUrl}/api/v1/health`, duration: durationSeconds });
    return { label, startupMs: server.startupMs, idleRssMiB, loadedRssMiB: server.rssMiB(), centres, health };
  } finally {
    await server.stop();
  }
}

export async function startupAndReads({ durationSeconds }) {
  const runs = [await measure("embedded (PGlite)", undefined, durationSeconds)];
  const db = await scratchDatabase("sambruk_bench_reads");
  try {
    runs.push(await measure("PostgreSQL server", db.url, durationSeconds));
  } finally {
    await db.drop();
  }
  const rows = runs.flatMap((run) =>
    [["GET /api/v1/centres", run.centres], ["GET /api/v1/health", run.health]].map(
      ([endpoint, r]) =>
        `| ${run.label} | ${run.startupMs} ms | ${run.idleRssMiB} → ${run.loadedRssMiB} MiB | ${endpoint} | ${r.requestsPerSecond} | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms |`,
    ),
  );
  return {
    runs,
    table: ["| backend | first start (migrate + seed) | RSS idle → loaded | endpoint | req/s | p50 | p99 |", "|---|---|---|---|---|---|---|", ...rows].join("\n"),
  };
}
