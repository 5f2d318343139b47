import {
  availability,
  openIntervals,
  rulesForSpace,
  type AvailabilitySegment,
  type Interval,
} from "@sambruk/domain";
import { notFound } from "../../http/problem";
import type { LoadedCentre } from "../spaces/centre-snapshot.repository";
import type { AvailabilityRepository } from "./availability.repository";

/** Whose availability: a whole centre, or one space. */
export type AvailabilityTarget = { centreId: string } | { spaceId: string };

export interface SpaceSegments {
  spaceId: string;
  segments: AvailabilitySegment[];
}

export interface AvailabilityResult {
  range: Interval;
  spaces: SpaceSegments[];
}

export interface AvailabilityService {
  /** Free, busy, tentative and closed time of each space in `range`: intervals and states, nothing else. */
  find(target: AvailabilityTarget, range: Interval): Promise<AvailabilityResult>;
}

export function createAvailabilityService(repository: AvailabilityRepository): AvailabilityService {
  return {
    async find(target, range) {
      const centreId = "centreId" in target ? target.centreId : await repository.centreOfSpace(target.spaceId);
      const centre = centreId ? await repository.loadCentre(centreId, range) : null;
      if (!centre) {
        throw notFound("centreId" in target ? `No centre with id ${target.centreId}.` : `No space with id ${target.spaceId}.`);
      }
      const spaces = "spaceId" in target ? centre.spaces.filter((space) => space.id === target.spaceId) : centre.spaces;
      return { range, spaces: spaces.map((space) => segmentsOf(centre, space.id, range)) };
    },
  };
}

function segmentsOf(centre: LoadedCentre, spaceId: string, range: Interval): SpaceSegments {
  const space = centre.spaces.find((candidate) => candidate.id === spaceId);
  if (!space) return { spaceId, segments: [] };
  const open = openIntervals(rulesForSpace(centre, spaceId), range);
  return { spaceId, segments: availability({ space, spaces: centre.spaces, bookings: centre.bookings, open, range }) };
}
