// Booking creation through the whole stack (HTTP → rules → transaction with audit → exclusion constraint)
// against the same INSERT straight into PostgreSQL with pgbench, as the ceiling. PostgreSQL server only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scratchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { startServer } from "./lib/server.mjs";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const USER = "de000000-0000-4000-8000-000000000103"; // demo library staff (a service unit)
const ORGANISATION = "de000000-0000-4000-8000-000000000202"; // the library

/** Oslo's UTC offset on a date, as "+01:00"/"+02:00". */
function osloOffset(date) {
  const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Oslo", timeZoneName: "shortOffset" })
    .formatToParts(date)
    .find((part) => part.type === "timeZoneName").value; // "GMT+1"
  return `+0${name.slice(4)}:00`;
}

/** One-hour slots at 09, 11, 13, 15 and 17 Oslo time on weekdays, for each space, for the next ~300 days. */
function* slots(spaceIds) {
  const day = new Date();
  for (let d = 2; d < 300; d += 1) {
    const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + d, 12));
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const ymd = date.toISOString().slice(0, 10);
    const offset = osloOffset(date);
    for (const hour of [9, 11, 13, 15, 17]) {
      for (const spaceId of spaceIds) {
        const h = String(hour).padStart(2, "0");
        yield { spaceId, start: `${ymd}T${h}:00:00${offset}`, end: `${ymd}T${String(hour + 1).padStart(2, "0")}:00:00${offset}` };
      }
    }
  }
}

/** Signs in as the demo user: the session cookie and CSRF token every write carries. */
async function demoSession(baseUrl, userId) {
  const response = await fetch(`${baseUrl}/api/v1/auth/demo-login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`demo sign-in failed: ${response.status}`);
  const { csrfToken } = await response.json();
  return { cookie: response.headers.getSetCookie()[0].split(";")[0], "x-csrf-token": csrfToken };
}

function pgbench(url, spaceIds, activityTypeId, durationSeconds) {
  const dir = mkdtempSync(path.join(tmpdir(), "sambruk-pgbench-"));
  const script = path.join(dir, "insert.sql");
  writeFileSync(
    script,
    `INSERT INTO booking (id, space_id, organisation_id, booked_by_id, activity_type_id, title, expected_attendees,
  starts_at, ends_at, status, visibility, version, source, created_at, updated_at)
SELECT gen_random_uuid(), (ARRAY['${spaceIds.join("','")}']::uuid[])[1 + n % ${spaceIds.length}], '${ORGANISATION}', '${USER}',
  '${activityTypeId}', 'Bench', 10, t, t + interval '1 hour', 'confirmed', 'public', 1, 'api', now(), now()
FROM (SELECT n, timestamptz '2032-01-05 08:00+00' + (n / ${spaceIds.length}) * interval '2 hours' AS t
      FROM (SELECT nextval('bench_slot') AS n) s) x;
`,
  );
  const result = spawnSync("pgbench", ["-n", "-c", "10", "-j", "2", "-T", String(durationSeconds), "-f", script, url], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+)/.exec(result.stdout)?.[1] ?? NaN);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(result.stdout)?.[1] ?? NaN);
  if (!Number.isFinite(tps)) throw new Error(`pgbench failed: ${result.stderr}${result.stdout}`);
  return { tps: Math.round(tps), latencyAverageMs: latency };
}

export async function bookingCreate({ durationSeconds }) {
  const db = await scratchDatabase("sambruk_bench_create");
  const server = await startServer({ port: 3298, databaseUrl: db.url });
  try {
    const spaces = await db.query(
      `SELECT s.id FROM space s WHERE NOT s.requires_approval AND NOT EXISTS (SELECT 1 FROM space p WHERE p.part_of_id = s.id)
       AND s.part_of_id IS NULL AND s.capacity >= 10 AND s.privacy = 'closed' ORDER BY s.name LIMIT 12`,
    );
    const [{ id: activityTypeId }] = await db.query(`SELECT id FROM activity_type WHERE sensitivity = 'open' AND NOT targeted ORDER BY slug LIMIT 1`);
    // One organisation books thousands of slots here: lift its quotas so the run measures the machinery
    // (every rule is still evaluated), not the quota's refusals.
    await db.query(
      `UPDATE policy_parameters SET document = jsonb_set(document, '{quotas,organisation}', '{"hoursPerWeek": 100000, "activeBookings": 1000000}')
       WHERE centre_id IS NULL`,
    );
    const next = slots(spaces.map((s) => s.id));
    const session = await demoSession(server.baseUrl, USER);
    let counter = 0;
    const http = await load({
      url: `${server.baseUrl}/api/v1/bookings`,
      duration: durationSeconds,
      connections: CONNECTIONS,
      requests: [
        {
          method: "POST",
          setupRequest(request) {
            const slot = next.next().value;
            counter += 1;
            return {
              ...request,
              headers: { "content-type": "application/json", "idempotency-key": `bench-${process.pid}-${counter}`, ...session },
              body: JSON.stringify({ ...slot, organisationId: ORGANISATION, activityTypeId, title: "Benchmark", expectedAttendees: 10 }),
            };
          },
        },
      ],
    });
    await db.query("CREATE SEQUENCE bench_slot");
    const ceiling = pgbench(db.url, spaces.map((s) => s.id), activityTypeId, durationSeconds);
    const created = http.statuses["201"] ?? 0;
    const createdPerSecond = Math.round(created / durationSeconds);
    const ratio = Math.round((createdPerSecond / ceiling.tps) * 1000) / 10;
    const table = [
      "| path | per second | latency | notes |",
      "|---|---|---|---|",
      `| HTTP POST /api/v1/bookings (${CONNECTIONS} connections) | ${createdPerSecond} created | p50 ${http.latencyMs.p50} ms, p99 ${http.latencyMs.p99} ms | statuses ${JSON.stringify(http.statuses)} |`,
      `| pgbench INSERT INTO booking (10 clients) | ${ceiling.tps} | average ${ceiling.latencyAverageMs} ms | trigger + exclusion constraint included |`,
      `| ratio HTTP / ceiling | ${ratio} % | | target ≥ 40 %, p99 < 50 ms |`,
    ].join("\n");
    return { spaces: spaces.length, http, createdPerSecond, ceiling, ratioPercent: ratio, table };
  } finally {
    await server.stop();
    await db.drop();
  }
}
