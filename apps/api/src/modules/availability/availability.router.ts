import { Router } from "express";
import { Availability, AvailabilityQuery } from "@sambruk/contracts";
import { parseRequest } from "../../http/problem";
import { toAvailabilityDto } from "./availability.mapper";
import type { AvailabilityService, AvailabilityTarget } from "./availability.service";

export function availabilityRouter(service: AvailabilityService): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    // Free/busy changes with every booking: never cached, by the browser or on the way.
    res.set("Cache-Control", "no-store");
    const query = parseRequest(AvailabilityQuery, req.query, "query");
    // The contract lets exactly one of the two through.
    const target: AvailabilityTarget = query.spaceId ? { spaceId: query.spaceId } : { centreId: query.centreId ?? "" };
    const result = await service.find(target, { start: new Date(query.from), end: new Date(query.to) });
    res.json(Availability.parse(toAvailabilityDto(result)));
  });

  return router;
}
