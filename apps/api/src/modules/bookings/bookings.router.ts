import { Router, type RequestHandler, type Response } from "express";
import {
  Booking,
  BookingCheck,
  BookingDetail,
  BookingList,
  BookingPathParams,
  BookingQuery,
  CreateBooking,
  CreatedBooking,
  IdempotencyKeyHeader,
  UpdateBooking,
} from "@sambruk/contracts";
import { requestIdOf, type ActorResolver } from "../../http/actor";
import { etagOf, optionalIfMatchVersion, requireIfMatchVersion, requireJsonBody } from "../../http/preconditions";
import { notFound, parseRequest } from "../../http/problem";
import { seesAtAll, seesInFull } from "./booking-access";
import type { BookingsDeps } from "./bookings.deps";
import { bookingDtoOf } from "./bookings.mapper";
import type { BookingRecord } from "./bookings.repository";
import { cancelBooking } from "./cancel-booking";
import { checkBooking } from "./check-booking";
import { createBooking } from "./create-booking";
import { getBooking, listBookings } from "./find-bookings";
import { withBookers } from "./my-bookings";
import { updateBooking } from "./update-booking";

/** `writeLimit` counts each booking write of a user (429 beyond the limit). */
export function bookingsRouter(deps: BookingsDeps, actors: ActorResolver, writeLimit: RequestHandler): Router {
  const router = Router();

  router.post("/check", async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const input = parseRequest(CreateBooking, req.body, "body");
    res.json(BookingCheck.parse(await checkBooking(deps, actor, input)));
  });

  router.post("/", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    requireJsonBody(req);
    const { "idempotency-key": idempotencyKey } = parseRequest(IdempotencyKeyHeader, req.headers, "headers");
    const input = parseRequest(CreateBooking, req.body, "body");
    const result = await createBooking(deps, { actor, input, idempotencyKey, requestId: requestIdOf(req) });
    res
      .status(result.status)
      .location(`${req.baseUrl}/${result.booking.id}`)
      .set("ETag", etagOf(result.booking.version))
      .json(CreatedBooking.parse(result.booking));
  });

  router.get("/", async (req, res) => {
    const query = parseRequest(BookingQuery, req.query, "query");
    const bookings = await listBookings(deps, query);
    res.json(BookingList.parse(bookings.map(bookingDtoOf)));
  });

  router.get("/:id", async (req, res) => {
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const [actor, booking] = await Promise.all([actors.optional(req), getBooking(deps, id)]);
    if (!seesAtAll(actor, booking)) throw notFound(`No booking with id ${id}.`);
    if (!seesInFull(actor, booking)) return sendBooking(res, booking);
    const [detail] = await withBookers(deps, [booking]);
    res.set("ETag", etagOf(booking.version)).json(BookingDetail.parse(detail));
  });

  router.patch("/:id", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    requireJsonBody(req);
    const version = requireIfMatchVersion(req);
    const patch = parseRequest(UpdateBooking, req.body, "body");
    sendBooking(res, await updateBooking(deps, { actor, id, version, patch, requestId: requestIdOf(req) }));
  });

  router.post("/:id/cancel", writeLimit, async (req, res) => {
    const actor = await actors.require(req);
    const { id } = parseRequest(BookingPathParams, req.params, "params");
    const version = optionalIfMatchVersion(req);
    sendBooking(res, await cancelBooking(deps, { actor, id, version, requestId: requestIdOf(req) }));
  });

  return router;
}

function sendBooking(res: Response, booking: BookingRecord): void {
  res.set("ETag", etagOf(booking.version)).json(Booking.parse(bookingDtoOf(booking)));
}
