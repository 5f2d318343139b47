// Availability of one centre for one week, with 100 000 and with 1 000 000 bookings in the table.
// The target: under 10 ms, and flat as the table grows. PostgreSQL server only.
import { scratchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { startServer } from "./lib/server.mjs";

const USER = "de000000-0000-4000-8000-000000000103";
const ORGANISATION = "de000000-0000-4000-8000-000000000202";
// A week inside the generated history at both sizes (100 000 bookings reach into early 2023).
const WEEK = { from: "2022-06-06T00:00:00+02:00", to: "2022-06-13T00:00:00+02:00" };

const BATCH = 1000;

/**
 * Adds `count` bookings spread over every indivisible space, 1 h each every 3 h from 2022 on, in batches:
 * the claim trigger takes an advisory lock per (unit, day), and one transaction can hold only so many.
 */
async function addBookings(db, offset, count) {
  for (let done = 0; done < count; done += BATCH) await addBatch(db, offset + done, Math.min(BATCH, count - done));
  await db.query("ANALYZE");
}

async function addBatch(db, offset, count) {
  await db.query(
    `WITH leaf AS (
       SELECT s.id, row_number() OVER (ORDER BY s.id) - 1 AS i, count(*) OVER () AS k
       FROM space s WHERE s.part_of_id IS NULL AND NOT EXISTS (SELECT 1 FROM space p WHERE p.part_of_id = s.id)),
     act AS (SELECT id FROM activity_type WHERE sensitivity = 'open' ORDER BY slug LIMIT 1)
     INSERT INTO booking (id, space_id, organisation_id, booked_by_id, activity_type_id, title, expected_attendees,
       starts_at, ends_at, status, visibility, version, source, created_at, updated_at)
     SELECT gen_random_uuid(), leaf.id, $1, $2, act.id, 'Bench', 5,
       timestamptz '2022-01-03 07:00+00' + (g / leaf.k) * interval '3 hours',
       timestamptz '2022-01-03 08:00+00' + (g / leaf.k) * interval '3 hours',
       (CASE WHEN g % 10 = 0 THEN 'requested' ELSE 'confirmed' END)::"BookingStatus", 'public', 1, 'api', now(), now()
     FROM generate_series($3::bigint, $3::bigint + $4::bigint - 1) g
     JOIN leaf ON leaf.i = g % leaf.k CROSS JOIN act`,
    [ORGANISATION, USER, offset, count],
  );
}

export async function availabilityScale({ durationSeconds }) {
  const db = await scratchDatabase("sambruk_bench_availability");
  const server = await startServer({ port: 3297, databaseUrl: db.url });
  try {
    const [centre] = await db.query(
      `SELECT c.id, c.name, count(s.id)::int AS spaces FROM centre c JOIN space s ON s.centre_id = c.id GROUP BY c.id ORDER BY count(s.id) DESC LIMIT 1`,
    );
    const url = `${server.baseUrl}/api/v1/availability?centreId=${centre.id}&from=${encodeURIComponent(WEEK.from)}&to=${encodeURIComponent(WEEK.to)}`;
    await db.query("DELETE FROM booking"); // the demo bookings would collide with the generated ones
    const rows = [];
    let total = 0;
    for (const size of [100_000, 1_000_000]) {
      const started = performance.now();
      await addBookings(db, total, size - total);
      const insertSeconds = Math.round((performance.now() - started) / 100) / 10;
      total = size;
      const [{ count }] = await db.query("SELECT count(*)::int AS count FROM booking");
      const single = await load({ url, connections: 1, duration: durationSeconds });
      const parallel = await load({ url, connections: 10, duration: durationSeconds });
      rows.push({ bookings: count, insertSeconds, single, parallel });
    }
    const table = [
      `Centre: ${centre.name} (${centre.spaces} spaces), week ${WEEK.from.slice(0, 10)}.`,
      "",
      "| bookings in table | 1 connection p50 / p99 | 10 connections req/s, p50 / p99 | bulk insert |",
      "|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.bookings.toLocaleString("en")} | ${r.single.latencyMs.p50} / ${r.single.latencyMs.p99} ms | ${r.parallel.requestsPerSecond}, ${r.parallel.latencyMs.p50} / ${r.parallel.latencyMs.p99} ms | ${r.insertSeconds} s |`,
      ),
    ].join("\n");
    return { centre, rows, table };
  } finally {
    await server.stop();
    await db.drop();
  }
}
