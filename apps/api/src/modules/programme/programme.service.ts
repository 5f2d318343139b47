// GET /programme: what is on, publicly, in a centre (or all of them) over a range, optionally for one audience.
import type { ProgrammeItem, ProgrammeQuery } from "@sambruk/contracts";
import { intervalBetween } from "@sambruk/domain";
import { isFor, toProgrammeItem } from "./programme.mapper";
import type { ProgrammeRepository } from "./programme.repository";

export interface ProgrammeService {
  /** Public confirmed and checked-in bookings overlapping the range, by start; none is an empty list. */
  list(query: ProgrammeQuery): Promise<ProgrammeItem[]>;
}

export function createProgrammeService(programme: ProgrammeRepository): ProgrammeService {
  return {
    async list(query) {
      const records = await programme.findPublic({ centreId: query.centreId, range: intervalBetween(new Date(query.from), new Date(query.to)) });
      const items = records.map(toProgrammeItem);
      const { audience } = query;
      return audience ? items.filter((item) => isFor(item, audience)) : items;
    },
  };
}
