import { Router } from "express";
import { Space, SpaceList, SpacePathParams, SpaceQuery } from "@sambruk/contracts";
import { parseRequest } from "../../http/problem";
import { toSpaceDto } from "./spaces.mapper";
import type { SpacesService } from "./spaces.service";

export function spacesRouter(service: SpacesService): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const query = parseRequest(SpaceQuery, req.query, "query");
    const spaces = await service.list(query);
    res.json(SpaceList.parse(spaces.map(toSpaceDto)));
  });

  router.get("/:id", async (req, res) => {
    const { id } = parseRequest(SpacePathParams, req.params, "params");
    res.json(Space.parse(toSpaceDto(await service.get(id))));
  });

  return router;
}
