import type { Space } from "@sambruk/contracts";
import type { FindRoomFilters } from "./filters";

/** The spaces with room for the attendees and every wanted piece of equipment and accessibility feature. */
export function filterSpaces(
  spaces: readonly Space[],
  filters: Pick<FindRoomFilters, "attendees" | "equipment" | "accessibility">,
): Space[] {
  return spaces.filter(
    (space) =>
      (filters.attendees === null || space.capacity >= filters.attendees) &&
      filters.equipment.every((item) => space.equipment.includes(item)) &&
      filters.accessibility.every((feature) => space.accessibility.includes(feature)),
  );
}
