import fc from "fast-check";
import { holdsTime } from "../bookings/booking";
import { openIntervals } from "../centres/open-intervals";
import { formatLocalDate } from "../time/local-date";
import {
  arbBookings,
  arbBuffers,
  arbClosures,
  arbWeeklyHours,
  datesOfWeek,
  modelOccupies,
  modelOpen,
  modelShares,
  spacesWith,
  SPACE_IDS,
  WEEKS,
} from "../testing/minute-model";
import { availability, type AvailabilityState } from "./availability";

const MINUTE_MS = 60_000;

describe.each(WEEKS)("availability against a minute-by-minute model, $label", ({ start: weekStart }) => {
  const dates = datesOfWeek(weekStart);
  const arbCase = fc.record({
    weeklyHours: arbWeeklyHours,
    holidays: fc.subarray(dates),
    openOnHolidays: fc.boolean(),
    closures: arbClosures(weekStart),
    buffers: arbBuffers,
    bookings: arbBookings(weekStart),
    spaceId: fc.constantFrom(...SPACE_IDS),
    trimStart: fc.integer({ min: 0, max: 1440 }),
    trimEnd: fc.integer({ min: 0, max: 1440 }),
  });

  it("gives every minute the model's state, in sorted, gap-free, coalesced segments", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const spaces = spacesWith(c.buffers);
        const space = spaces.find((s) => s.id === c.spaceId) ?? spaces[0];
        if (!space) throw new Error("no space");
        const from = weekStart + c.trimStart * MINUTE_MS;
        const to = weekStart + (7 * 1440 - c.trimEnd) * MINUTE_MS;
        const range = { start: new Date(from), end: new Date(to) };
        const rules = { weeklyHours: c.weeklyHours, holidays: c.holidays, openOnHolidays: c.openOnHolidays, closures: c.closures };
        const segments = availability({ space, spaces, bookings: c.bookings, open: openIntervals(rules, range), range });

        // Shape: tiles the range exactly, neighbours differ.
        expect(segments[0]?.start.getTime()).toBe(from);
        expect(segments[segments.length - 1]?.end.getTime()).toBe(to);
        segments.forEach((s, k) => {
          expect(s.start.getTime()).toBeLessThan(s.end.getTime());
          const next = segments[k + 1];
          if (next) {
            expect(next.start.getTime()).toBe(s.end.getTime());
            expect(next.state).not.toBe(s.state);
          }
        });

        // Content: minute by minute.
        const modelRules = { ...rules, holidays: c.holidays.map(formatLocalDate) };
        const relevant = c.bookings.filter((b) => modelShares(space.id, b.spaceId));
        const expected = (t: number): AvailabilityState => {
          if (!modelOpen(t, modelRules)) return "closed";
          if (relevant.some((b) => holdsTime(b.status) && modelOccupies(b, c.buffers, t))) return "busy";
          if (relevant.some((b) => b.status === "requested" && modelOccupies(b, c.buffers, t))) return "tentative";
          return "free";
        };
        for (const s of segments) {
          for (let t = s.start.getTime(); t < s.end.getTime(); t += MINUTE_MS) {
            if (expected(t) !== s.state) {
              throw new Error(`${new Date(t).toISOString()}: model says ${expected(t)}, availability says ${s.state}`);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
