import { Router } from "express";
import { BookingDetailList, MyBookingsQuery } from "@sambruk/contracts";
import type { ActorResolver } from "../../http/actor";
import { parseRequest } from "../../http/problem";
import type { BookingsDeps } from "./bookings.deps";
import { findMyBookings } from "./my-bookings";

/** GET /me/bookings */
export function myBookingsRouter(deps: BookingsDeps, actors: ActorResolver): Router {
  const router = Router();
  router.get("/bookings", async (req, res) => {
    const actor = await actors.require(req);
    const query = parseRequest(MyBookingsQuery, req.query, "query");
    res.set("Cache-Control", "private, no-store").json(BookingDetailList.parse(await findMyBookings(deps, actor, query)));
  });
  return router;
}
