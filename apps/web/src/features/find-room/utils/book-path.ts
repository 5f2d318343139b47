import type { Slot } from "./slots";
import { isoWithOffset } from "./week";

/** The booking page for a slot: `/book?spaceId=…&start=…&end=…`, the instants with the zone's offset. */
export function bookPath(spaceId: string, slot: Slot, timeZone: string): string {
  const params = new URLSearchParams({
    spaceId,
    start: isoWithOffset(slot.start, timeZone),
    end: isoWithOffset(slot.end, timeZone),
  });
  return `/book?${params.toString()}`;
}
