// The live-bookings query that availability runs: right answers, including the rare long booking found
// through its own index, and an index scan bounded at both ends (so its cost does not grow with history).
import type { Database } from "../../db/database";
import { factories, type Factories } from "../../testing/factories";
import { queryPlan } from "../../testing/query-plan";
import { openTestDatabase } from "../../testing/test-database";
import { findLiveBookings, liveBookingsSql } from "./live-bookings.repository";

let db: Database;
let make: Factories;

beforeAll(async () => {
  db = await openTestDatabase();
  make = factories(db.prisma);
});

afterAll(async () => {
  await db.close();
});

const range = { start: new Date("2026-11-23T00:00:00+01:00"), end: new Date("2026-11-30T00:00:00+01:00") };

describe("findLiveBookings", () => {
  it("finds the live bookings overlapping the range, long ones that began long before included", async () => {
    const centreId = await make.centre({ opens: 0, closes: 1440 });
    const spaceId = await make.space(centreId);
    const otherSpace = await make.space(centreId);
    const book = (start: string, end: string, status: "confirmed" | "requested" | "cancelled" = "confirmed", space = spaceId) =>
      make.booking(space, { start, end, status });
    const inside = await book("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00");
    const requested = await book("2026-11-24T10:00:00+01:00", "2026-11-24T12:00:00+01:00", "requested");
    const overStart = await book("2026-11-22T23:00:00+01:00", "2026-11-23T01:00:00+01:00");
    const longAgo = await book("2026-11-10T08:00:00+01:00", "2026-11-23T09:00:00+01:00", "requested");
    await book("2026-11-24T12:00:00+01:00", "2026-11-24T13:00:00+01:00", "cancelled");
    await book("2026-11-22T20:00:00+01:00", "2026-11-23T00:00:00+01:00", "requested"); // ends where the range begins
    await book("2026-11-30T00:00:00+01:00", "2026-11-30T01:00:00+01:00"); // begins where it ends
    await book("2026-11-01T08:00:00+01:00", "2026-11-20T09:00:00+01:00", "requested"); // long, but over before
    await book("2026-11-24T10:00:00+01:00", "2026-11-24T11:00:00+01:00", "confirmed", otherSpace);

    const found = await findLiveBookings(db.prisma, [spaceId], range);
    expect(found.map((booking) => booking.id).sort()).toEqual([inside, requested, overStart, longAgo].sort());
    expect(found.find((booking) => booking.id === requested)).toMatchObject({
      spaceId,
      status: "requested",
      start: new Date("2026-11-24T09:00:00Z"),
      end: new Date("2026-11-24T11:00:00Z"),
    });
    await expect(findLiveBookings(db.prisma, [], range)).resolves.toEqual([]);
  });

  it("scans booking(space_id, starts_at) bounded at both ends, and the small index of long bookings", async () => {
    const centreId = await make.centre({ opens: 0, closes: 1440 });
    const spaceId = await make.space(centreId);
    const first = await make.booking(spaceId, { start: "2026-11-20T08:00:00Z", end: "2026-11-20T09:00:00Z" });
    // A year of history for the space (rolled back after), so the planner judges the table by its shape.
    const plan = await queryPlan(db.prisma, liveBookingsSql([spaceId], range), async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "booking" ("id", "space_id", "organisation_id", "booked_by_id", "activity_type_id", "title",
          "expected_attendees", "starts_at", "ends_at", "status", "visibility", "source", "booker_kind", "updated_at")
        SELECT gen_random_uuid(), b."space_id", b."organisation_id", b."booked_by_id", b."activity_type_id", 'History', 1,
          b."starts_at" - n * interval '3 hours', b."ends_at" - n * interval '3 hours', 'confirmed', 'public', 'api', 'service_unit', now()
        FROM "booking" b, generate_series(1, 3000) n WHERE b."id" = ${first}::uuid`;
      await tx.$executeRaw`ANALYZE "booking"`;
    });
    expect(plan).not.toMatch(/Seq Scan on booking/);
    const lines = plan.split("\n");
    const startsAtScan = lines.findIndex((line) => line.includes("booking_space_id_starts_at_idx"));
    expect(startsAtScan).toBeGreaterThanOrEqual(0);
    const condition = lines.slice(startsAtScan).find((line) => line.includes("Index Cond")) ?? "";
    expect(condition).toMatch(/starts_at < /);
    expect(condition).toMatch(/starts_at >= /);
    expect(plan).toContain("booking_long_idx");
  });
});
