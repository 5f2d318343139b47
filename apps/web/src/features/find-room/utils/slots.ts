import type { Space } from "@sambruk/contracts";
import { isOnSlotStep, localDateOf, slotStartsOnDate } from "@sambruk/domain";

const MINUTE_MS = 60_000;

export type BookingRules = Pick<Space["booking"], "minDurationMinutes" | "maxDurationMinutes" | "slotStepMinutes">;

export interface Slot {
  start: Date;
  end: Date;
}

/**
 * The slot a "choose" button offers in a free interval: from the first slot-step boundary not before the
 * interval's start (nor `now`), `durationMinutes` long within the space's min/max, clipped to the interval.
 * Null when what is left is shorter than the space's minimum.
 */
export function firstSlot(free: Slot, durationMinutes: number, rules: BookingRules, now: Date, timeZone: string): Slot | null {
  const earliest = Math.max(free.start.getTime(), now.getTime());
  const start = slotStartsOnDate(localDateOf(new Date(earliest), timeZone), rules.slotStepMinutes, timeZone).find(
    (candidate) => candidate.getTime() >= earliest,
  );
  if (!start) return null;
  const length = Math.min(Math.max(durationMinutes, rules.minDurationMinutes), rules.maxDurationMinutes);
  const end = Math.min(start.getTime() + length * MINUTE_MS, free.end.getTime());
  if (end - start.getTime() < rules.minDurationMinutes * MINUTE_MS) return null;
  return { start, end: new Date(end) };
}

export interface StateSegment {
  start: string;
  end: string;
  state: "free" | "busy" | "tentative" | "closed";
}

/**
 * Whether a selection in the calendar may be booked: inside one free segment, not in the past, on the space's
 * slot step at both ends, and between its min and max duration.
 */
export function isSelectable(
  selection: Slot,
  segments: readonly StateSegment[],
  rules: BookingRules,
  now: Date,
  timeZone: string,
): boolean {
  const start = selection.start.getTime();
  const end = selection.end.getTime();
  const minutes = (end - start) / MINUTE_MS;
  if (start < now.getTime() || minutes < rules.minDurationMinutes || minutes > rules.maxDurationMinutes) return false;
  if (!isOnSlotStep(selection.start, rules.slotStepMinutes, timeZone)) return false;
  if (!isOnSlotStep(selection.end, rules.slotStepMinutes, timeZone)) return false;
  return segments.some(
    (segment) => segment.state === "free" && Date.parse(segment.start) <= start && end <= Date.parse(segment.end),
  );
}
