import { Router, type RequestHandler, type Response } from "express";
import {
  Approval,
  BlockResult,
  BookingPathParams,
  CentrePathParams,
  CheckedIn,
  CheckInTokenQuery,
  CreateBlock,
  DeskBoard,
  DeskBooking,
  DeskDayQuery,
  DeskOrganisationList,
  DeskQueue,
  RejectBooking,
  RequestChange,
} from "@sambruk/contracts";
import { forbidden, requestIdOf, type ActorResolver } from "../../http/actor";
import { etagOf, optionalIfMatchVersion, requireIfMatchVersion, requireJsonBody } from "../../http/preconditions";
import { parseRequest } from "../../http/problem";
import { approveBooking } from "./approve-booking";
import { checkInAtDesk, checkInWithToken } from "./check-in";
import { createBlock, type BlockOutcome } from "./create-block";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import { deskDay } from "./desk-day";
import { deskQueue } from "./desk-queue";
import type { DeskDeps } from "./desk.deps";
import { blockDtoOf, deskBookingDtoOf } from "./desk.mapper";
import { rejectBooking, requestBookingChange } from "./answer-request";

/** The front desk's board (/desk/…) and the organiser's check-in link (/bookings/{id}/check-in). */
export function deskRouter(deps: DeskDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.get("/desk/centres/:id/day", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(CentrePathParams, req.params, "params");
    const { date } = parseRequest(DeskDayQuery, req.query, "query");
    res.set("Cache-Control", "private, no-store").json(DeskBoard.parse(await deskDay(deps, actor, id, date)));
  });

  router.get("/desk/organisations", async (req, res) => {
    const actor = await actors.require(req);
    if (!actor.isAdmin && actor.frontDeskCentreIds.length === 0) throw forbidden("Only the front desk or an admin may do this.");
    res.set("Cache-Control", "private, no-store").json(DeskOrganisationList.parse(await deps.store.places.findOrganisations()));
  });

  router.get("/desk/centres/:id/queue", async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(CentrePathParams, req.params, "params");
    res.set("Cache-Control", "private, no-store").json(DeskQueue.parse(await deskQueue(deps, actor, id)));
  });

  router.post("/desk/bookings/:id/approve", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const version = requireIfMatchVersion(req);
    const { approved, rejected } = await approveBooking(deps, { actor, id, version, requestId: requestIdOf(req) });
    res.set("ETag", etagOf(approved.version)).json(Approval.parse({ approved: deskBookingDtoOf(approved), rejected: rejected.map(deskBookingDtoOf) }));
  });

  router.post("/desk/bookings/:id/reject", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const { reason } = parseRequest(RejectBooking, req.body, "body");
    sendBooking(res, await rejectBooking(deps, { actor, id, version, reason, requestId: requestIdOf(req) }));
  });

  router.post("/desk/bookings/:id/request-change", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const { message } = parseRequest(RequestChange, req.body, "body");
    sendBooking(res, await requestBookingChange(deps, { actor, id, version, message, requestId: requestIdOf(req) }));
  });

  router.post("/desk/bookings/:id/check-in", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const version = optionalIfMatchVersion(req);
    sendBooking(res, await checkInAtDesk(deps, { actor, id, version, requestId: requestIdOf(req) }));
  });

  router.post("/bookings/:id/check-in", async (req, res) => {
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const { token } = parseRequest(CheckInTokenQuery, req.query, "query");
    res.json(CheckedIn.parse(await checkInWithToken(deps, id, token, requestIdOf(req))));
  });

  router.post("/desk/blocks", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const input = parseRequest(CreateBlock, req.body, "body");
    const outcome = await createBlock(deps, actor, input, requestIdOf(req));
    res.status(outcome.block ? 201 : 200).json(BlockResult.parse(blockResultOf(outcome)));
  });

  return router;
}

function sendBooking(res: Response, booking: DeskBookingRecord): void {
  res.set("ETag", etagOf(booking.version)).json(DeskBooking.parse(deskBookingDtoOf(booking)));
}

function blockResultOf(outcome: BlockOutcome): BlockResult {
  return {
    block: outcome.block ? blockDtoOf(outcome.block) : null,
    hits: outcome.hits.map(deskBookingDtoOf),
    cancelled: outcome.cancelled.map(deskBookingDtoOf),
  };
}
