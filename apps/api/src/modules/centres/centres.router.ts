import { Router } from "express";
import { CentrePathParams, CentreList, Centre } from "@sambruk/contracts";
import { parseRequest } from "../../http/problem";
import { toCentreDto } from "./centres.mapper";
import type { CentresService } from "./centres.service";

export function centresRouter(service: CentresService): Router {
  const router = Router();

  router.get("/", async (_req, res) => {
    const centres = await service.list();
    res.json(CentreList.parse(centres.map(toCentreDto)));
  });

  router.get("/:id", async (req, res) => {
    const { id } = parseRequest(CentrePathParams, req.params, "params");
    res.json(Centre.parse(toCentreDto(await service.get(id))));
  });

  return router;
}
