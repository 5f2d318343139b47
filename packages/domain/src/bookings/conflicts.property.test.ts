import fc from "fast-check";
import { arbBookings, arbBuffers, modelOccupies, modelShares, spacesWith, SPACE_IDS, WEEKS } from "../testing/minute-model";
import { holdsTime } from "./booking";
import { findConflicts } from "./conflicts";

const MINUTE_MS = 60_000;

describe.each(WEEKS)("findConflicts against a minute-by-minute model, $label", ({ start: weekStart }) => {
  it("finds exactly the bookings that share a unit and a minute of occupied time", () => {
    const arbCase = fc.record({
      buffers: arbBuffers,
      bookings: arbBookings(weekStart),
      spaceId: fc.constantFrom(...SPACE_IDS),
      at: fc.integer({ min: 0, max: (7 * 1440) / 15 }).map((q) => q * 15),
      length: fc.integer({ min: 1, max: 24 }).map((q) => q * 15),
    });
    fc.assert(
      fc.property(arbCase, (c) => {
        const spaces = spacesWith(c.buffers);
        const space = spaces.find((s) => s.id === c.spaceId);
        if (!space) throw new Error("no space");
        const start = weekStart + c.at * MINUTE_MS;
        const interval = { start: new Date(start), end: new Date(start + c.length * MINUTE_MS) };
        const report = findConflicts({ space, interval }, c.bookings, spaces);

        const candidate = { id: "candidate", spaceId: space.id, status: "confirmed" as const, ...interval };
        const [before, after] = c.buffers[space.id as keyof typeof c.buffers];
        const minutes: number[] = [];
        for (let t = start - before * MINUTE_MS; t < interval.end.getTime() + after * MINUTE_MS; t += MINUTE_MS) minutes.push(t);
        const collides = (b: (typeof c.bookings)[number]) =>
          modelShares(space.id, b.spaceId) && minutes.some((t) => modelOccupies(candidate, c.buffers, t) && modelOccupies(b, c.buffers, t));
        const ids = (list: { booking: { id: string } }[]) => list.map((x) => x.booking.id).sort();

        expect(ids(report.conflicts)).toEqual(c.bookings.filter((b) => holdsTime(b.status) && collides(b)).map((b) => b.id).sort());
        expect(ids(report.tentative)).toEqual(c.bookings.filter((b) => b.status === "requested" && collides(b)).map((b) => b.id).sort());
      }),
      { numRuns: 200 },
    );
  });
});
