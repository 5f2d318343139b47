import { Router, type RequestHandler } from "express";
import { BookingPathParams, DeskAlternatives, DeskBooking, DeskBookingCreated, DeskCreateBooking, MoveBooking } from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { etagOf, requireIfMatchVersion, requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { toAlternativeDto } from "../bookings/bookings.mapper";
import { offerDtoOf } from "../offers/offers.mapper";
import { createDeskBooking } from "./create-desk-booking";
import { deskAlternatives } from "./desk-alternatives";
import type { DeskMovesDeps } from "./desk-moves.deps";
import { deskBookingDtoOf } from "./desk.mapper";
import { moveBooking } from "./move-booking";

/** The front desk's moves: alternatives for a booking, moving it, and booking on someone's behalf (with bumps). */
export function deskMovesRouter(deps: DeskMovesDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.get("/desk/bookings/:id/alternatives", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const alternatives = await deskAlternatives(deps, actor, id);
    res.set("Cache-Control", "private, no-store").json(DeskAlternatives.parse({ bookingId: id, alternatives: alternatives.map(toAlternativeDto) }));
  });

  router.post("/desk/bookings/:id/move", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const move = parseRequest(MoveBooking, req.body, "body");
    const moved = await moveBooking(deps, { actor, id, version, move, requestId: requestIdOf(req) });
    res.set("ETag", etagOf(moved.version)).json(DeskBooking.parse(deskBookingDtoOf(moved)));
  });

  router.post("/desk/bookings", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const input = parseRequest(DeskCreateBooking, req.body, "body");
    const { booking, bumped } = await createDeskBooking(deps, { actor, input, requestId: requestIdOf(req) });
    const now = deps.now();
    res
      .status(201)
      .location(`${req.baseUrl}/bookings/${booking.id}`)
      .set("ETag", etagOf(booking.version))
      .json(DeskBookingCreated.parse({ booking: deskBookingDtoOf(booking), bumped: bumped.map((b) => ({ booking: deskBookingDtoOf(b.booking), offers: b.offers.map((o) => offerDtoOf(o, now)) })) }));
  });

  return router;
}
