// The front desk's worklist of competing requests: requests that would collide on a physical unit (a space, or a
// divisible whole and its parts), grouped transitively, with the time-holding bookings they collide with.
import type { Booking } from "../bookings/booking";
import { findConflicts } from "../bookings/conflicts";
import type { PriorityTier } from "../policy/priority";
import type { Space } from "../spaces/space";

/** What the front desk needs of a booking to weigh it: who asked (their tier) and when. */
export interface DeskBooking extends Booking {
  tier: PriorityTier;
  /** When the request was made: within a tier, the earlier request comes first. */
  createdAt: Date;
}

export interface ConflictSet<B extends DeskBooking = DeskBooking> {
  /** The requested bookings, by tier (1 first), then createdAt, then id. */
  requests: B[];
  /** Confirmed or checked-in bookings that a request collides with, by start, then id. May recur in other sets. */
  holders: B[];
  /** For each request id, the ids of the bookings (requests and holders) it collides with, sorted. */
  collisions: Record<string, string[]>;
}

/** The front desk's order of competing requests: tier (1 first), then request time, then id. */
export function byDeskPriority(a: DeskBooking, b: DeskBooking): number {
  return a.tier - b.tier || a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.id, b.id);
}

/**
 * Groups the requested bookings into conflict sets. Two requests are in one set when they collide (occupied time,
 * buffers included, on a shared unit: exactly what `findConflicts` reports), directly or through other requests.
 * A holder does not join sets: two requests that collide only with the same holder are separate decisions.
 * A request colliding with nothing is a set of one. Sets come by their earliest request start, then first id.
 * `bookings` are the centre's bookings of the period; statuses other than requested, confirmed and checked in are
 * ignored. A request whose space is missing from `spaces` (bad data) cannot be compared and stands alone, unless a
 * request on a known space finds it.
 */
export function conflictSets<B extends DeskBooking>(bookings: readonly B[], spaces: readonly Space[]): ConflictSet<B>[] {
  const requests = bookings.filter((b) => b.status === "requested");
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const spaceById = new Map(spaces.map((s) => [s.id, s]));
  const collisions = new Map(requests.map((r) => [r.id, new Set<string>()]));
  for (const request of requests) {
    const space = spaceById.get(request.spaceId);
    if (!space) continue;
    const interval = { start: request.start, end: request.end };
    const report = findConflicts({ space, interval, ignoreBookingId: request.id }, bookings, spaces);
    for (const { booking } of [...report.conflicts, ...report.tentative]) {
      collisions.get(request.id)?.add(booking.id);
      collisions.get(booking.id)?.add(request.id); // only requests have an entry: holders stay out of the grouping
    }
  }

  const seen = new Set<string>();
  const sets: ConflictSet<B>[] = [];
  for (const request of requests) {
    if (seen.has(request.id)) continue;
    const members: B[] = [];
    const stack = [request];
    seen.add(request.id);
    for (let next = stack.pop(); next; next = stack.pop()) {
      members.push(next);
      for (const id of collisions.get(next.id) ?? []) {
        const other = byId.get(id);
        if (other && other.status === "requested" && !seen.has(id)) {
          seen.add(id);
          stack.push(other);
        }
      }
    }
    sets.push(setOf(members, collisions, byId));
  }
  return sets.sort((a, b) => earliestStart(a) - earliestStart(b) || compareIds(firstId(a), firstId(b)));
}

function setOf<B extends DeskBooking>(
  members: B[],
  collisions: ReadonlyMap<string, ReadonlySet<string>>,
  byId: ReadonlyMap<string, B>,
): ConflictSet<B> {
  const holders = new Map<string, B>();
  const record: Record<string, string[]> = {};
  for (const request of members) {
    const ids = [...(collisions.get(request.id) ?? [])].sort(compareIds);
    record[request.id] = ids;
    for (const id of ids) {
      const other = byId.get(id);
      if (other && other.status !== "requested") holders.set(id, other);
    }
  }
  const byStart = (a: B, b: B) => a.start.getTime() - b.start.getTime() || compareIds(a.id, b.id);
  return { requests: members.sort(byDeskPriority), holders: [...holders.values()].sort(byStart), collisions: record };
}

const earliestStart = (set: ConflictSet): number => Math.min(...set.requests.map((r) => r.start.getTime()));
const firstId = (set: ConflictSet): string => set.requests.map((r) => r.id).sort(compareIds)[0] ?? "";

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
