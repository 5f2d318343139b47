import { intervalBetween } from "../time/interval";
import { appointmentSlots, slotHasStarted, slotStartingAt } from "./appointment-slots";

// Thursday 10:00–14:00 in Oslo (CEST, +02:00), and the autumn DST change (03:00 CEST → 02:00 CET on 25 Oct 2026).
const window = intervalBetween(Date.parse("2026-06-11T10:00:00+02:00"), Date.parse("2026-06-11T14:00:00+02:00"));
const iso = (date: Date) => date.toISOString();

describe("appointmentSlots", () => {
  it("cuts a four-hour window into twelve 20-minute slots from its start", () => {
    const slots = appointmentSlots(window, 20);
    expect(slots).toHaveLength(12);
    expect(iso(slots[0]!.start)).toBe("2026-06-11T08:00:00.000Z");
    expect(iso(slots[0]!.end)).toBe("2026-06-11T08:20:00.000Z");
    expect(iso(slots[11]!.end)).toBe("2026-06-11T12:00:00.000Z");
  });

  it.each([
    [45, 5, "13:00"],
    [240, 1, "10:00"],
    [241, 0, null],
    [7, 34, "13:51"],
  ])("keeps only whole slots of %i minutes (%i, the last from %s)", (minutes, count, lastStart) => {
    const slots = appointmentSlots(window, minutes);
    expect(slots).toHaveLength(count);
    const last = slots[slots.length - 1];
    expect(last ? iso(last.start) : null).toBe(lastStart === null ? null : new Date(`2026-06-11T${lastStart}:00+02:00`).toISOString());
  });

  it.each([
    ["an empty window", intervalBetween(window.start, window.start), 20],
    ["a reversed window", intervalBetween(window.end, window.start), 20],
    ["zero minutes", window, 0],
    ["negative minutes", window, -20],
    ["fractional minutes", window, 12.5],
  ])("gives no slots for %s", (_case, interval, minutes) => {
    expect(appointmentSlots(interval, minutes)).toEqual([]);
  });

  it("counts elapsed time across the DST change, not wall-clock time", () => {
    // 01:30 CEST to 03:30 CET is three hours of real time.
    const night = intervalBetween(Date.parse("2026-10-25T01:30:00+02:00"), Date.parse("2026-10-25T03:30:00+01:00"));
    const slots = appointmentSlots(night, 30);
    expect(slots).toHaveLength(6);
    expect(iso(slots[2]!.start)).toBe(new Date("2026-10-25T02:30:00+02:00").toISOString());
    expect(iso(slots[3]!.start)).toBe(new Date("2026-10-25T02:00:00+01:00").toISOString());
  });

  it("crosses midnight like any other instant", () => {
    const late = intervalBetween(Date.parse("2026-06-11T23:00:00+02:00"), Date.parse("2026-06-12T01:00:00+02:00"));
    expect(appointmentSlots(late, 60).map((slot) => iso(slot.start))).toEqual(["2026-06-11T21:00:00.000Z", "2026-06-11T22:00:00.000Z"]);
  });
});

describe("slotStartingAt", () => {
  it("finds the slot that starts at the instant", () => {
    expect(slotStartingAt(window, 20, new Date("2026-06-11T10:40:00+02:00"))).toEqual(
      intervalBetween(Date.parse("2026-06-11T10:40:00+02:00"), Date.parse("2026-06-11T11:00:00+02:00")),
    );
  });

  it.each([
    ["between slot starts", "2026-06-11T10:50:00+02:00"],
    ["before the window", "2026-06-11T09:40:00+02:00"],
    ["at the window's end", "2026-06-11T14:00:00+02:00"],
    ["a second off", "2026-06-11T10:40:01+02:00"],
  ])("finds none %s", (_case, start) => {
    expect(slotStartingAt(window, 20, new Date(start))).toBeNull();
  });

  it("finds none in the rest at the end that is shorter than a slot", () => {
    expect(slotStartingAt(window, 45, new Date("2026-06-11T13:45:00+02:00"))).toBeNull();
  });
});

describe("slotHasStarted", () => {
  const slot = intervalBetween(Date.parse("2026-06-11T10:00:00+02:00"), Date.parse("2026-06-11T10:20:00+02:00"));
  it.each([
    ["a minute before", "2026-06-11T09:59:00+02:00", false],
    ["at its start", "2026-06-11T10:00:00+02:00", true],
    ["during it", "2026-06-11T10:10:00+02:00", true],
  ])("%s: %s", (_case, now, started) => {
    expect(slotHasStarted(slot, new Date(now))).toBe(started);
  });
});
