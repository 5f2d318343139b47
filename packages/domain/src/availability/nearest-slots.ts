// Other times for the same space: same duration, on the slot step, open, free, nearest first.
import { holdsTime, occupiedInterval, occupiedIntervalIn } from "../bookings/booking";
import { openIntervals } from "../centres/open-intervals";
import type { Space } from "../spaces/space";
import { sharesUnitsWith } from "../spaces/units";
import { contains, durationMs, intervalBetween, merge, overlaps, type Interval } from "../time/interval";
import { addDays } from "../time/local-date";
import { slotStartsOnDate } from "../time/wall-clock-instant";
import { localDateOf, OSLO } from "../time/zoned";
import { isBookable, rulesForSpace, type Asker, type CentreSnapshot } from "./bookable";

/**
 * Up to `count` bookable intervals of the target's duration in the space, within `searchDays` calendar days
 * either side of the target's date, nearest to the target's start first (earlier first on a tie). The target
 * time itself is not offered. A cheap filter (open, not blocked) runs first; `isBookable` has the last word.
 */
export function nearestSlots(
  space: Space,
  target: Interval,
  centre: CentreSnapshot,
  asker: Asker,
  options: { count: number; searchDays: number },
): Interval[] {
  const duration = durationMs(target);
  if (duration === 0 || options.count <= 0) return [];
  const timeZone = centre.opening.timeZone ?? OSLO;
  const day = localDateOf(target.start, timeZone);
  const starts: number[] = [];
  for (let k = -options.searchDays; k <= options.searchDays; k += 1) {
    for (const start of slotStartsOnDate(addDays(day, k), space.booking.slotStepMinutes, timeZone)) starts.push(start.getTime());
  }
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  if (!Number.isFinite(first)) return [];
  const open = openIntervals(rulesForSpace(centre, space.id), intervalBetween(first, last + duration));
  const byId = new Map(centre.spaces.map((s) => [s.id, s]));
  const shares = sharesUnitsWith(space, [...centre.spaces, space]);
  const blocked = merge(
    centre.bookings.filter((b) => holdsTime(b.status) && shares(b.spaceId)).map((b) => occupiedIntervalIn(b, byId)),
  );
  const origin = target.start.getTime();
  const ordered = starts
    .filter((t) => t !== origin && t >= asker.now.getTime())
    .sort((a, b) => Math.abs(a - origin) - Math.abs(b - origin) || a - b);
  const found: Interval[] = [];
  for (const t of ordered) {
    const slot = intervalBetween(t, t + duration);
    if (!open.some((o) => contains(o, slot))) continue;
    const occupied = occupiedInterval(slot, space);
    if (blocked.some((b) => overlaps(b, occupied))) continue;
    if (!isBookable(space, slot, centre, asker)) continue;
    found.push(slot);
    if (found.length >= options.count) break;
  }
  return found;
}
