import { isOnSlotStep } from "./slot-step";
import { OSLO } from "./zoned";

describe("isOnSlotStep in Europe/Oslo", () => {
  it.each([
    ["2026-11-23T09:00:00Z", 30, true], // 10:00
    ["2026-11-23T09:15:00Z", 30, false], // 10:15
    ["2026-11-23T09:15:00Z", 15, true],
    ["2026-11-23T09:00:30Z", 15, false], // not on a whole minute
    ["2026-11-22T23:00:00Z", 90, true], // midnight
    ["2026-11-23T00:30:00Z", 90, true], // 01:30
    ["2026-03-29T01:00:00Z", 90, true], // 03:00 on the wall (180 min), though only 120 min have elapsed
    ["2026-03-29T01:30:00Z", 90, false], // 03:30 on the wall (210 min)
    ["2026-03-29T02:30:00Z", 90, true], // 04:30 on the wall (270 min), 210 min elapsed
    ["2026-10-25T00:30:00Z", 30, true], // first 02:30
    ["2026-10-25T01:30:00Z", 30, true], // second 02:30
    ["2026-11-23T09:00:00Z", 0, false],
  ])("%s with step %i → %s", (iso, step, expected) => {
    expect(isOnSlotStep(new Date(iso), step, OSLO)).toBe(expected);
  });
});
