import type { Centre } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import type { CentresRepository } from "./centres.repository";

export interface CentresService {
  list(): Promise<Centre[]>;
  get(id: string): Promise<Centre>;
}

export function createCentresService(centres: CentresRepository): CentresService {
  return {
    list: () => centres.findAll(),
    async get(id) {
      const centre = await centres.findById(id);
      if (!centre) throw notFound(`No centre with id ${id}.`);
      return centre;
    },
  };
}
