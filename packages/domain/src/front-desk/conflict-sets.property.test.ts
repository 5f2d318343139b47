import fc from "fast-check";
import type { Booking } from "../bookings/booking";
import { arbBookings, arbBuffers, modelOccupies, modelShares, spacesWith, WEEKS } from "../testing/minute-model";
import type { PriorityTier } from "../policy/priority";
import { conflictSets, type DeskBooking } from "./conflict-sets";

const MINUTE_MS = 60_000;

/** By the minute model: do the two bookings occupy a shared unit in a common minute (buffers included)? */
function modelCollide(a: Booking, b: Booking, buffers: Record<string, [number, number]>): boolean {
  if (!modelShares(a.spaceId, b.spaceId)) return false;
  for (let t = a.start.getTime() - 60 * MINUTE_MS; t < a.end.getTime() + 60 * MINUTE_MS; t += MINUTE_MS) {
    if (modelOccupies(a, buffers, t) && modelOccupies(b, buffers, t)) return true;
  }
  return false;
}

const arbDeskBookings = (weekStart: number) =>
  arbBookings(weekStart).chain((bookings) =>
    fc
      .array(fc.record({ tier: fc.constantFrom<PriorityTier>(1, 2, 3, 4), hour: fc.integer({ min: 0, max: 5 }), ask: fc.boolean() }), {
        minLength: bookings.length,
        maxLength: bookings.length,
      })
      .map((extra): DeskBooking[] =>
        bookings.map((b, k) => ({
          ...b,
          // Half of them requested, so that requests meet each other often.
          status: extra[k]?.ask ? "requested" : b.status,
          tier: extra[k]?.tier ?? 4,
          createdAt: new Date(weekStart - (extra[k]?.hour ?? 0) * 3_600_000),
        })),
      ),
  );

describe.each(WEEKS)("conflictSets against a minute-by-minute model, $label", ({ start: weekStart }) => {
  it("puts every request in exactly one set, separates sets that do not collide, and orders each set", () => {
    fc.assert(
      fc.property(arbBuffers, arbDeskBookings(weekStart), (buffers, bookings) => {
        const sets = conflictSets(bookings, spacesWith(buffers));
        const requested = bookings.filter((b) => b.status === "requested");
        const placed = sets.flatMap((s) => s.requests.map((r) => r.id));
        expect([...placed].sort()).toEqual(requested.map((r) => r.id).sort());

        sets.forEach((set, i) => {
          for (const other of sets.slice(i + 1)) {
            for (const a of set.requests) for (const b of other.requests) expect(modelCollide(a, b, buffers)).toBe(false);
          }
          for (const [x, y] of set.requests.slice(1).map((r, k) => [set.requests[k], r] as const)) {
            if (!x) continue;
            const inOrder = x.tier < y.tier || (x.tier === y.tier && x.createdAt.getTime() <= y.createdAt.getTime());
            expect(inOrder).toBe(true);
          }
          for (const holder of set.holders) {
            expect(["confirmed", "checked_in"]).toContain(holder.status);
            expect(set.requests.some((r) => modelCollide(r, holder, buffers))).toBe(true);
          }
          if (set.requests.length > 1) {
            for (const r of set.requests) expect(set.requests.some((o) => o !== r && modelCollide(r, o, buffers))).toBe(true);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
