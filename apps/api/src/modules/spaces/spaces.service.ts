import type { SpaceQuery } from "@sambruk/contracts";
import { notFound } from "../../http/problem";
import type { SpaceRecord, SpacesRepository } from "./spaces.repository";

export interface SpacesService {
  /** Spaces that have everything asked for; none is an empty list. */
  list(query: SpaceQuery): Promise<SpaceRecord[]>;
  get(id: string): Promise<SpaceRecord>;
}

export function createSpacesService(spaces: SpacesRepository): SpacesService {
  return {
    list: (query) =>
      spaces.findMany({
        centreId: query.centreId,
        minCapacity: query.minCapacity,
        equipment: query.feature,
        accessibility: query.accessibility,
      }),
    async get(id) {
      const space = await spaces.findById(id);
      if (!space) throw notFound(`No space with id ${id}.`);
      return space;
    },
  };
}
