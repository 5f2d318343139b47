// A drop-in window cut into appointments: consecutive slots of equal length from the window's start; a rest
// shorter than one appointment at the end is no slot.
import { intervalBetween, isEmpty, type Interval } from "../time/interval";

const MINUTE_MS = 60_000;

/** The whole slots of `minutes` in the window, from its start, in order; none for an empty window or length. */
export function appointmentSlots(window: Interval, minutes: number): Interval[] {
  if (isEmpty(window) || !Number.isInteger(minutes) || minutes <= 0) return [];
  const length = minutes * MINUTE_MS;
  const start = window.start.getTime();
  const count = Math.floor((window.end.getTime() - start) / length);
  return Array.from({ length: count }, (_, index) => intervalBetween(start + index * length, start + (index + 1) * length));
}

/** The window's slot that starts at `start`, or null when no slot starts then. */
export function slotStartingAt(window: Interval, minutes: number, start: Date): Interval | null {
  return appointmentSlots(window, minutes).find((slot) => slot.start.getTime() === start.getTime()) ?? null;
}

/** A slot can be taken until it starts. */
export function slotHasStarted(slot: Interval, now: Date): boolean {
  return slot.start.getTime() <= now.getTime();
}
