import { Router } from "express";
import { ActivityType, ActivityTypeList, ActivityTypePathParams, UpdateActivityType } from "@sambruk/contracts";
import { requestIdOf, requireAdmin, type ActorResolver } from "../../http/actor";
import { requireJsonBody } from "../../http/preconditions";
import { notFound, parseRequest } from "../../http/problem";
import type { ActivityTypesRepository, ActivityType as ActivityTypeRecord } from "./activity-types.repository";

export interface ActivityTypeWrites {
  reclassify(change: UpdateActivityType & { id: string; actorId: string; requestId: string | null }): Promise<ActivityTypeRecord | null>;
}

export function catalogueRouter(activityTypes: ActivityTypesRepository, writes: ActivityTypeWrites, actors: ActorResolver): Router {
  const router = Router();
  router.get("/activity-types", async (_req, res) => {
    res.json(ActivityTypeList.parse(await activityTypes.findAll()));
  });

  // An administrator changes a type's classification (sensitivity, tags, targeting); audited.
  router.patch("/activity-types/:id", async (req, res) => {
    const actor = await actors.require(req);
    requireAdmin(actor);
    const { id } = parseRequest(ActivityTypePathParams, req.params, "params");
    requireJsonBody(req);
    const patch = parseRequest(UpdateActivityType, req.body, "body");
    const changed = await writes.reclassify({ ...patch, id, actorId: actor.userId, requestId: requestIdOf(req) });
    if (!changed) throw notFound(`No activity type with id ${id}.`);
    res.json(ActivityType.parse(changed));
  });
  return router;
}
