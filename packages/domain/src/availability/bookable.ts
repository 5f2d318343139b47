// One answer to "could this booker have this space at this time?", built from the same rules as a real request.
import { checkBookingRequest } from "../bookings/check-booking";
import type { Booking } from "../bookings/booking";
import { findConflicts } from "../bookings/conflicts";
import type { OpeningRules } from "../centres/open-intervals";
import type { BookerKind, Space } from "../spaces/space";
import type { Interval } from "../time/interval";

/** What the rules need to know of one centre. */
export interface CentreSnapshot {
  centreId: string;
  opening: OpeningRules;
  /** Closures of single spaces, by space id, on top of the centre's. */
  spaceClosures?: Readonly<Record<string, readonly Interval[]>>;
  spaces: readonly Space[];
  bookings: readonly Booking[];
}

/** Who asks, and when. */
export interface Asker {
  now: Date;
  bookerKind: BookerKind;
  attendees: number;
}

/** The centre's opening rules with the space's own closures added. */
export function rulesForSpace(centre: CentreSnapshot, spaceId: string): OpeningRules {
  const own = centre.spaceClosures?.[spaceId] ?? [];
  return { ...centre.opening, closures: [...(centre.opening.closures ?? []), ...own] };
}

/** True when a request for the slot would pass every check and collide with no time-holding booking. */
export function isBookable(space: Space, interval: Interval, centre: CentreSnapshot, asker: Asker): boolean {
  const { findings } = checkBookingRequest(
    { start: interval.start, end: interval.end, attendees: asker.attendees },
    { ...rulesForSpace(centre, space.id), now: asker.now, space, bookerKind: asker.bookerKind },
  );
  return findings.length === 0 && findConflicts({ space, interval }, centre.bookings, centre.spaces).conflicts.length === 0;
}
