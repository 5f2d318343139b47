// A brute-force model for property tests: one week in Oslo, minute by minute, with its own wall-clock lookup
// (Intl directly, not the code under test) and its own unit table. Slow and obvious on purpose.
import fc from "fast-check";
import { BOOKING_STATUSES, type Booking } from "../bookings/booking";
import type { WeeklyInterval } from "../centres/weekly-hours";
import type { Space } from "../spaces/space";
import type { IsoWeekday, LocalDate } from "../time/zoned";
import { makeSpace } from "./fixtures";

const MINUTE_MS = 60_000;
const WEEK_MINUTES = 7 * 1440;

/** Two Thursday-to-Thursday weeks in Oslo: one across spring-forward, one across fall-back. */
export const WEEKS = [
  { label: "spring-forward week", start: Date.parse("2026-03-25T23:00:00Z") },
  { label: "fall-back week", start: Date.parse("2026-10-21T22:00:00Z") },
] as const;

export interface Wall {
  date: string;
  weekday: IsoWeekday;
  minute: number;
}

const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const wallCache = new Map<number, Wall>();

/** Oslo wall-clock date, weekday and minute of an instant (cached). */
export function wallOf(t: number): Wall {
  let wall = wallCache.get(t);
  if (!wall) {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    wall = {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      weekday: (WEEKDAYS.indexOf(String(parts.weekday)) + 1) as IsoWeekday,
      minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
    wallCache.set(t, wall);
  }
  return wall;
}

/** The local dates of a week, to pick holidays from. */
export function datesOfWeek(weekStart: number): LocalDate[] {
  return Array.from({ length: 7 }, (_, k) => {
    const [year, month, day] = wallOf(weekStart + (k * 1440 + 720) * MINUTE_MS).date.split("-").map(Number);
    return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  });
}

/** A hall with two parts and a separate room, each with its own buffers. Units are written out by hand. */
export const UNITS: Record<string, readonly string[]> = { hall: ["a", "b"], a: ["a"], b: ["b"], room: ["room"] };
export const SPACE_IDS = Object.keys(UNITS);
export const modelShares = (x: string, y: string) => (UNITS[x] ?? []).some((u) => (UNITS[y] ?? []).includes(u));

export const arbBuffers = fc.record({
  hall: fc.tuple(fc.constantFrom(0, 15, 30), fc.constantFrom(0, 15, 30)),
  a: fc.tuple(fc.constantFrom(0, 15), fc.constantFrom(0, 15, 45)),
  b: fc.tuple(fc.constantFrom(0, 30), fc.constantFrom(0, 15)),
  room: fc.tuple(fc.constantFrom(0, 15), fc.constantFrom(0, 15)),
});

export function spacesWith(buffers: Record<string, [number, number]>): Space[] {
  return SPACE_IDS.map((id) => {
    const [bufferBeforeMinutes, bufferAfterMinutes] = buffers[id] ?? [0, 0];
    return makeSpace(id, { partIds: id === "hall" ? ["a", "b"] : [] }, { bufferBeforeMinutes, bufferAfterMinutes });
  });
}

/** Minute offsets (from the week's start) on a 15-minute grid, a little outside the week too. */
const arbOffset = fc.integer({ min: -8, max: WEEK_MINUTES / 15 + 8 }).map((q) => q * 15);
const arbLength = fc.integer({ min: 1, max: 24 }).map((q) => q * 15);

export function arbBookings(weekStart: number): fc.Arbitrary<Booking[]> {
  const one = fc.record({ space: fc.constantFrom(...SPACE_IDS), status: fc.constantFrom(...BOOKING_STATUSES), at: arbOffset, length: arbLength });
  return fc.array(one, { maxLength: 14 }).map((list) =>
    list.map((b, k) => ({
      id: `b${k}`,
      spaceId: b.space,
      status: b.status,
      start: new Date(weekStart + b.at * MINUTE_MS),
      end: new Date(weekStart + (b.at + b.length) * MINUTE_MS),
    })),
  );
}

export function arbClosures(weekStart: number) {
  return fc.array(fc.tuple(arbOffset, arbLength.map((l) => l * 3)), { maxLength: 3 }).map((list) =>
    list.map(([at, length]) => ({ start: new Date(weekStart + at * MINUTE_MS), end: new Date(weekStart + (at + length) * MINUTE_MS) })),
  );
}

/** 0–2 intervals a day on a 30-minute grid, 00:00 and 24:00 included; sometimes a day open around the clock. */
export const arbWeeklyHours: fc.Arbitrary<WeeklyInterval[]> = fc
  .array(fc.oneof(fc.constant([0, 48]), fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 4 })), { minLength: 7, maxLength: 7 })
  .map((days) =>
    days.flatMap((cuts, k) => {
      const sorted = [...cuts].sort((x, y) => x - y);
      const pairs: WeeklyInterval[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        pairs.push({ weekday: (k + 1) as IsoWeekday, opensMinute: (sorted[i] ?? 0) * 30, closesMinute: (sorted[i + 1] ?? 0) * 30 });
      }
      return pairs;
    }),
  );

/** Is the instant open by the model: weekly hours on its own wall date, no closing holiday, no closure. */
export function modelOpen(
  t: number,
  rules: { weeklyHours: readonly WeeklyInterval[]; holidays: readonly string[]; openOnHolidays: boolean; closures: readonly { start: Date; end: Date }[] },
): boolean {
  const wall = wallOf(t);
  if (!rules.weeklyHours.some((h) => h.weekday === wall.weekday && h.opensMinute <= wall.minute && wall.minute < h.closesMinute)) return false;
  if (!rules.openOnHolidays && rules.holidays.includes(wall.date)) return false;
  return !rules.closures.some((c) => c.start.getTime() <= t && t < c.end.getTime());
}

/** Does the booking occupy the instant, buffers included? */
export function modelOccupies(booking: Booking, buffers: Record<string, [number, number]>, t: number): boolean {
  const [before, after] = buffers[booking.spaceId] ?? [0, 0];
  return booking.start.getTime() - before * MINUTE_MS <= t && t < booking.end.getTime() + after * MINUTE_MS;
}
