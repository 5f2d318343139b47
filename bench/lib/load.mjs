import autocannon from "autocannon";

/** Runs autocannon and keeps what the report needs. */
export async function load(options) {
  const result = await autocannon({ connections: 10, duration: 10, ...options });
  const statuses = {};
  for (const [code, count] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = count.count;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statuses,
    errors: result.errors,
  };
}
