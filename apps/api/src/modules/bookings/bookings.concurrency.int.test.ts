// Many requests for the same time at once, through HTTP and the whole stack: the database admits a consistent
// set, and every other request gets a clean 409. Needs a real server (PGlite has one connection).
import { Booking } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import type { Reply } from "../../testing/bookings-client";
import { bookingWorld } from "../../testing/factories";
import { futureDay } from "../../testing/oslo-time";
import { describeWithServer } from "../../testing/test-database";

/** Starts 10:00, 10:15 … 11:00, each two hours long: every pair overlaps. */
const STARTS = ["10:00", "10:15", "10:30", "10:45", "11:00"];
const endOf = (start: string) => `${Number(start.slice(0, 2)) + 2}${start.slice(2)}`;

/** Generous: a burst queues on the connection pool, and a slow CI machine must not turn that into a failure. */
const BURST_TIMEOUT_MS = 60_000;

function tally(replies: Reply[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of replies) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describeWithServer("concurrent bookings", () => {
  const suite = useBookingSuite();
  const day = futureDay(31);

  it("200 parallel overlapping creates for one space: exactly one 201, 199 × 409, no 5xx", async () => {
    const world = await bookingWorld(suite.make);
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const start = STARTS[i % STARTS.length] ?? "10:00";
        return suite.api.create(world.userId, bookingRequest(world, day, start, endOf(start)));
      }),
    );
    expect(tally(replies)).toEqual({ 201: 1, 409: 199 });
    expect(await suite.db.prisma.booking.count({ where: { spaceId: world.roomId, status: "confirmed" } })).toBe(1);
  }, BURST_TIMEOUT_MS);

  it("200 parallel creates for a hall and its parts: never the whole together with a part", async () => {
    const world = await bookingWorld(suite.make);
    const { whole, partA, partB } = world.hall;
    const spaces = [whole, partA, partB];
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const start = STARTS[i % STARTS.length] ?? "10:00";
        const spaceId = spaces[i % spaces.length] ?? whole;
        return suite.api.create(world.userId, bookingRequest(world, day, start, endOf(start), { spaceId }));
      }),
    );
    const counts = tally(replies);
    expect(Object.keys(counts).sort()).toEqual(["201", "409"]);
    const admitted = await suite.db.prisma.booking.findMany({ where: { spaceId: { in: spaces } }, select: { spaceId: true } });
    const held = admitted.map((b) => b.spaceId).sort();
    expect(held.length).toBe(counts[201]);
    const consistent = [[whole], [partA], [partB], [partA, partB].sort()].map((set) => JSON.stringify(set));
    expect(consistent).toContain(JSON.stringify(held));
    const overlapping = await suite.db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM booking_claim a JOIN booking_claim b
        ON a.unit_id = b.unit_id AND a.booking_id < b.booking_id AND a.during && b.during`;
    expect(Number(overlapping[0]?.n)).toBe(0);
  }, BURST_TIMEOUT_MS);

  it("50 concurrent retries with one Idempotency-Key create exactly one booking, and all get its answer", async () => {
    const world = await bookingWorld(suite.make);
    const body = bookingRequest(world, day, "10:00", "12:00");
    const replies = await Promise.all(Array.from({ length: 50 }, () => suite.api.create(world.userId, body, "one-key")));
    expect(tally(replies)).toEqual({ 201: 50 });
    const ids = new Set(replies.map((reply) => Booking.parse(reply.body).id));
    expect(ids.size).toBe(1);
    expect(await suite.db.prisma.booking.count({ where: { bookedById: world.userId, idempotencyKey: "one-key" } })).toBe(1);
  }, BURST_TIMEOUT_MS);
});
