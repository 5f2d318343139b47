import { Router } from "express";
import { ActivityTypeList } from "@sambruk/contracts";
import type { ActivityTypesRepository } from "./activity-types.repository";

export function catalogueRouter(activityTypes: ActivityTypesRepository): Router {
  const router = Router();
  router.get("/activity-types", async (_req, res) => {
    res.json(ActivityTypeList.parse(await activityTypes.findAll()));
  });
  return router;
}
