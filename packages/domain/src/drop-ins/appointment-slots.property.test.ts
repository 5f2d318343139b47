import fc from "fast-check";
import { contains, durationMs, intervalBetween, overlaps } from "../time/interval";
import { appointmentSlots } from "./appointment-slots";

const MINUTE_MS = 60_000;
const base = Date.parse("2026-03-29T00:00:00Z");
// Windows of up to a day and a half (across a DST change), appointments of 5 to 240 minutes, starts to the second.
const arbWindow = fc
  .tuple(fc.integer({ min: 0, max: 36 * 3600 }), fc.integer({ min: 1, max: 36 * 3600 }))
  .map(([offset, length]) => intervalBetween(base + offset * 1000, base + (offset + length) * 1000));
const arbMinutes = fc.integer({ min: 5, max: 240 });

describe("appointmentSlots, for any window and length", () => {
  it("gives floor(duration / minutes) slots", () => {
    fc.assert(
      fc.property(arbWindow, arbMinutes, (window, minutes) => appointmentSlots(window, minutes).length === Math.floor(durationMs(window) / (minutes * MINUTE_MS))),
    );
  });

  it("gives slots of equal length, inside the window", () => {
    fc.assert(
      fc.property(arbWindow, arbMinutes, (window, minutes) =>
        appointmentSlots(window, minutes).every((slot) => durationMs(slot) === minutes * MINUTE_MS && contains(window, slot)),
      ),
    );
  });

  it("gives disjoint slots, consecutive from the window's start", () => {
    fc.assert(
      fc.property(arbWindow, arbMinutes, (window, minutes) => {
        const slots = appointmentSlots(window, minutes);
        const fromStart = slots[0] === undefined || slots[0].start.getTime() === window.start.getTime();
        const consecutive = slots.every((slot, i) => i === 0 || slot.start.getTime() === slots[i - 1]!.end.getTime());
        return fromStart && consecutive;
      }),
    );
  });

  it("gives slots no two of which overlap (checked pairwise on short windows)", () => {
    const shortWindow = fc
      .tuple(fc.integer({ min: 0, max: 3600 }), fc.integer({ min: 1, max: 6 * 3600 }))
      .map(([offset, length]) => intervalBetween(base + offset * 1000, base + (offset + length) * 1000));
    fc.assert(
      fc.property(shortWindow, arbMinutes, (window, minutes) => {
        const slots = appointmentSlots(window, minutes);
        return slots.every((slot, i) => slots.every((other, j) => i === j || !overlaps(slot, other)));
      }),
    );
  });
});
