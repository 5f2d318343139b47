import type { Availability } from "@sambruk/contracts";
import type { AvailabilityResult } from "./availability.service";

/** Only instants and states reach the wire: no titles, organisations or people, by construction. */
export function toAvailabilityDto(result: AvailabilityResult): Availability {
  return {
    from: result.range.start.toISOString(),
    to: result.range.end.toISOString(),
    spaces: result.spaces.map((space) => ({
      spaceId: space.spaceId,
      segments: space.segments.map((segment) => ({
        start: segment.start.toISOString(),
        end: segment.end.toISOString(),
        state: segment.state,
      })),
    })),
  };
}
