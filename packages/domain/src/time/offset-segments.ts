// The UTC offset of a zone as constant pieces of time. Internal to the time folder.
import { tzOffset } from "@date-fns/tz";

const MINUTE_MS = 60_000;

/** [start, end) in epoch milliseconds during which the zone's offset is `offsetMs` (local = UTC + offset). */
export interface OffsetSegment {
  start: number;
  end: number;
  offsetMs: number;
}

export function offsetMsAt(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * MINUTE_MS);
}

/**
 * Splits [from, to) where the offset changes. Finds changes by bisection between offsets that differ, so it
 * assumes at most one change per call window: true of every real zone for windows of a few days, which is all
 * its callers use (about two days).
 */
export function offsetSegments(timeZone: string, from: number, to: number): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let start = from;
  let offsetMs = offsetMsAt(timeZone, from);
  const lastOffset = offsetMsAt(timeZone, to - 1);
  while (offsetMs !== lastOffset && segments.length < 4) {
    const change = firstChange(timeZone, start, to - 1, offsetMs);
    segments.push({ start, end: change, offsetMs });
    start = change;
    offsetMs = offsetMsAt(timeZone, change);
  }
  segments.push({ start, end: to, offsetMs });
  return segments;
}

/** The first millisecond in (lo, hi] whose offset differs from `offsetMs` (the offset at lo). */
function firstChange(timeZone: string, lo: number, hi: number, offsetMs: number): number {
  let low = lo;
  let high = hi;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetMsAt(timeZone, mid) === offsetMs) low = mid;
    else high = mid;
  }
  return high;
}
