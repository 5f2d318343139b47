import { wallMinutesOf } from "./zoned";

const MINUTE_MS = 60_000;

/**
 * True when the instant is on a whole minute and its wall-clock minute in the zone is a multiple of the step,
 * counted from local midnight. On DST days this follows the clock on the wall, not the time elapsed since midnight.
 * Assumes the zone's offset is a whole number of minutes (true of every zone since 1972).
 */
export function isOnSlotStep(instant: Date, stepMinutes: number, timeZone: string): boolean {
  const t = instant.getTime();
  if (!Number.isFinite(t) || ((t % MINUTE_MS) + MINUTE_MS) % MINUTE_MS !== 0) return false;
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0) return false;
  return wallMinutesOf(instant, timeZone) % stepMinutes === 0;
}
