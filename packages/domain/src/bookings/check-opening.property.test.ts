import fc from "fast-check";
import { formatLocalDate } from "../time/local-date";
import { arbClosures, arbWeeklyHours, datesOfWeek, modelOpen, wallOf, WEEKS } from "../testing/minute-model";
import { openingFindings } from "./check-opening";

const MINUTE_MS = 60_000;

describe.each(WEEKS)("openingFindings against a minute-by-minute model, $label", ({ start: weekStart }) => {
  it("flags hours, holidays and closures exactly where the model does", () => {
    const arbCase = fc.record({
      weeklyHours: arbWeeklyHours,
      holidays: fc.subarray(datesOfWeek(weekStart)),
      openOnHolidays: fc.boolean(),
      closures: arbClosures(weekStart),
      at: fc.integer({ min: 0, max: (7 * 1440) / 15 - 1 }).map((q) => q * 15),
      length: fc.integer({ min: 1, max: 40 }).map((q) => q * 15),
    });
    fc.assert(
      fc.property(arbCase, (c) => {
        const start = weekStart + c.at * MINUTE_MS;
        const interval = { start: new Date(start), end: new Date(start + c.length * MINUTE_MS) };
        const findings = openingFindings(interval, c);

        const holidayKeys = c.holidays.map(formatLocalDate);
        const minutes = Array.from({ length: c.length }, (_, k) => start + k * MINUTE_MS);
        const byHours = { weeklyHours: c.weeklyHours, holidays: [], openOnHolidays: true, closures: [] };
        const expected: string[] = [];
        if (!minutes.every((t) => modelOpen(t, byHours))) expected.push("outside_opening_hours");
        if (!c.openOnHolidays) {
          const touched = [...new Set(minutes.map((t) => wallOf(t).date))].filter((d) => holidayKeys.includes(d));
          expected.push(...touched.map((d) => `closed_holiday ${d}`));
        }
        if (minutes.some((t) => c.closures.some((x) => x.start.getTime() <= t && t < x.end.getTime()))) expected.push("closed");

        expect(findings.map((f) => (f.code === "closed_holiday" ? `${f.code} ${f.params?.date}` : f.code))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
