// Which live bookings a closure or maintenance block hits, for the front desk to move, cancel or notify.
import type { Booking } from "../bookings/booking";
import { isLive } from "../policy/request";
import type { Space } from "../spaces/space";
import { sharesUnitsWith } from "../spaces/units";
import { overlaps, type Interval } from "../time/interval";

export interface TimeBlock {
  centreId: string;
  /** The blocked space, or null for the whole centre. */
  spaceId: string | null;
  interval: Interval;
}

/**
 * The live bookings (requested, confirmed, checked in) whose booked time overlaps the block (buffers are not
 * counted, as with closures), sorted by start, then id. A centre-wide block hits every space of the centre (a
 * booking whose space is not in `spaces` cannot be placed and is left out); a space block hits the space, its
 * parts and the whole it is part of (shared physical units).
 */
export function bookingsHitByBlock<B extends Booking>(
  block: TimeBlock,
  bookings: readonly B[],
  spaces: readonly Pick<Space, "id" | "centreId" | "partIds">[],
): B[] {
  const inCentre = new Set(spaces.filter((s) => s.centreId === block.centreId).map((s) => s.id));
  const blockedSpace = block.spaceId === null ? null : (spaces.find((s) => s.id === block.spaceId) ?? { id: block.spaceId, partIds: [] });
  const hitsSpace = blockedSpace ? sharesUnitsWith(blockedSpace, spaces) : (spaceId: string) => inCentre.has(spaceId);
  return bookings
    .filter((b) => isLive(b.status) && hitsSpace(b.spaceId) && overlaps(block.interval, b))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
