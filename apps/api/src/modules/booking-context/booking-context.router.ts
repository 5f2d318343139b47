import { Router } from "express";
import { BookingContext, BookingContextQuery, SpacePathParams } from "@sambruk/contracts";
import type { ActorResolver } from "../../http/actor";
import { parseRequest } from "../../http/problem";
import type { BookingsDeps } from "../bookings/bookings.deps";
import { toBookingContextDto } from "./booking-context.mapper";
import { loadBookingContext } from "./booking-context.service";

/** GET /spaces/{id}/booking-context, mounted beside the spaces router. */
export function bookingContextRouter(deps: BookingsDeps, actors: ActorResolver): Router {
  const router = Router();

  router.get("/:id/booking-context", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(SpacePathParams, req.params, "params");
    const query = parseRequest(BookingContextQuery, req.query, "query");
    res.json(BookingContext.parse(toBookingContextDto(await loadBookingContext(deps, actor, id, query))));
  });

  return router;
}
