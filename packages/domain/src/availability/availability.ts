// Free/busy time of one space, for the public calendar and the booking form. Intervals and states only:
// nothing in these types can carry who booked or why.
import { holdsTime, occupiedIntervalIn, type Booking } from "../bookings/booking";
import type { Space } from "../spaces/space";
import { sharesUnitsWith } from "../spaces/units";
import { intersectAll, intervalBetween, isEmpty, merge, subtract, subtractAll, type Interval } from "../time/interval";

export type AvailabilityState = "free" | "busy" | "tentative" | "closed";

export interface AvailabilitySegment {
  start: Date;
  end: Date;
  state: AvailabilityState;
}

export interface AvailabilityInput {
  space: Space;
  /** The centre's spaces: to find the bookings of its parts or its whole, and their buffers. */
  spaces: readonly Space[];
  /** Bookings of the centre near the range; any status (those that neither hold nor request time are ignored). */
  bookings: readonly Booking[];
  /** When the space is open: `openIntervals` of the centre's rules plus the space's own closures. */
  open: readonly Interval[];
  range: Interval;
}

/**
 * Segments that tile `range` exactly: sorted, gap-free, non-empty, neighbours in different states. Closed time is
 * included as `closed` (so the list always covers the range; a client that shows only opening hours drops those
 * segments). Inside open time: `busy` where a time-holding booking of a shared unit occupies it (buffers
 * included), else `tentative` where a requested one would, else `free`.
 */
export function availability(input: AvailabilityInput): AvailabilitySegment[] {
  const { range } = input;
  if (isEmpty(range)) return [];
  const byId = new Map(input.spaces.map((s) => [s.id, s]));
  const shares = sharesUnitsWith(input.space, [...input.spaces, input.space]);
  const relevant = input.bookings.filter((b) => shares(b.spaceId));
  const occupied = (keep: (b: Booking) => boolean) => merge(relevant.filter(keep).map((b) => occupiedIntervalIn(b, byId)));
  const open = intersectAll(input.open, [range]);
  const busy = intersectAll(open, occupied((b) => holdsTime(b.status)));
  const tentative = subtractAll(intersectAll(open, occupied((b) => b.status === "requested")), busy);
  const free = subtractAll(open, [...busy, ...tentative]);
  const segments = [
    ...tag(subtract(range, open), "closed"),
    ...tag(busy, "busy"),
    ...tag(tentative, "tentative"),
    ...tag(free, "free"),
  ].sort((a, b) => a.start.getTime() - b.start.getTime());
  return coalesce(segments);
}

function tag(intervals: readonly Interval[], state: AvailabilityState): AvailabilitySegment[] {
  return intervals.map((i) => ({ ...intervalBetween(i.start, i.end), state }));
}

function coalesce(segments: readonly AvailabilitySegment[]): AvailabilitySegment[] {
  const result: AvailabilitySegment[] = [];
  for (const segment of segments) {
    const last = result[result.length - 1];
    if (last && last.state === segment.state && last.end.getTime() === segment.start.getTime()) last.end = segment.end;
    else result.push(segment);
  }
  return result;
}
