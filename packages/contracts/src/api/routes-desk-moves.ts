import { z } from "zod";
import { BookingPathParams, ConflictProblem, RefusedProblem } from "../bookings";
import { DeskAlternatives, DeskBookingCreated, DeskCreateBooking, MoveBooking, OfferAccepted, OfferPathParams, OfferTokenQuery, OfferView, BumpRefusal } from "../desk-moves";
import { DeskBooking } from "../desk";
import { Problem } from "../problem";
import { jsonResponse, problemResponse, problemResponses, writeProblemResponses, type ApiRoute } from "./route";

const bookingId = { id: "The id of the booking." };
const hostOnly = problemResponse("Only the front desk of the centre or an admin may do this, or a write lacks the CSRF token.", ["forbidden", "csrf_token_invalid"]);
const conflictResponse = problemResponse("The time is taken; the problem lists what is in the way and ranked alternatives.", ["booking_conflict"], ConflictProblem);
const refusedResponse = problemResponse("A rule refuses the booking at its new place or time; the problem lists the findings.", ["booking_refused"], RefusedProblem);

/** 422 `bump_refused`: each booking in the way whose bump the rules refuse, with the rule. */
export const BumpRefusedProblem = Problem.extend({ refusals: z.array(BumpRefusal) });

export const deskMoveRoutes: readonly ApiRoute[] = [
  {
    operationId: "getDeskAlternatives",
    method: "get",
    path: "/api/v1/desk/bookings/{id}/alternatives",
    tag: "Front desk",
    auth: "user",
    summary: "Where a booking could move",
    description:
      "Ranked alternatives for a live booking: the same space at other times of the same length (nearest first), other spaces of the centre at the same time with room for its attendees, the same accessibility and, for a closed room, the same privacy (tightest fit first), then the nearest other centres. Each passes the rules for the booking's booker and is free now.",
    params: BookingPathParams,
    parameterDescriptions: bookingId,
    responses: {
      200: jsonResponse(DeskAlternatives, "The alternatives, best first."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponses.notFound,
      409: problemResponse("The booking is no longer live.", ["booking_not_editable"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "moveBookingAtDesk",
    method: "post",
    path: "/api/v1/desk/bookings/{id}/move",
    tag: "Front desk",
    auth: "user",
    summary: "Move a booking",
    description:
      "Moves a requested or confirmed booking to another space (any centre) and time, re-checked by the rules for its booker and by the database's no-overlap guarantee, in one transaction; audited, and the booker notified with the reason.",
    params: BookingPathParams,
    parameterDescriptions: bookingId,
    headers: [{ name: "If-Match", required: true }],
    body: MoveBooking,
    responses: {
      200: jsonResponse(DeskBooking, "The moved booking.", ["ETag"]),
      400: problemResponse("The id, the body or a header is not valid.", ["invalid_id", "validation_failed", "malformed_json"]),
      ...writeProblemResponses,
      403: hostOnly,
      404: problemResponse("There is no such booking or space.", ["not_found"]),
      409: problemResponse("The booking is no longer live, or the new time is taken.", ["booking_not_editable", "booking_conflict"], ConflictProblem),
      412: problemResponse("The booking has changed since that version.", ["precondition_failed"]),
      422: refusedResponse,
      428: problemResponse("`If-Match` is missing.", ["precondition_required"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "createDeskBooking",
    method: "post",
    path: "/api/v1/desk/bookings",
    tag: "Front desk",
    auth: "user",
    summary: "Book at the desk on someone's behalf, or bump",
    description:
      "Books for any organisation at a centre where the caller is the front desk (a walk-in, or the house's own need), under that organisation's limits and tier, confirmed at once; the booker of record is the host. With `bump`, each confirmed booking of a lower tier in the way is bumped in the same transaction, if the notice rule allows (or an admin overrides with a justification): its status becomes `bumped`, it is offered its best alternatives (links valid until the bumped start) and its booker is notified. All or nothing: one refused bump refuses the whole (422 `bump_refused`).",
    body: DeskCreateBooking,
    responses: {
      201: jsonResponse(DeskBookingCreated, "The booking, and the bookings it bumped with their offers.", ["Location", "ETag"]),
      400: problemResponses.invalidBody,
      ...writeProblemResponses,
      403: hostOnly,
      404: problemResponse("There is no such space.", ["not_found"]),
      409: conflictResponse,
      422: problemResponse("A rule refuses the booking (`booking_refused`, with findings), or a bump (`bump_refused`, with refusals).", ["booking_refused", "bump_refused"], z.union([RefusedProblem, BumpRefusedProblem])),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getOffer",
    method: "get",
    path: "/api/v1/offers/{id}",
    tag: "Front desk",
    auth: "none",
    summary: "An offer from the e-mail link",
    description: "What a bumped booker was offered: the place and time they had, the place and time offered, and whether the offer is still open. The token comes from the link.",
    params: OfferPathParams,
    query: OfferTokenQuery,
    parameterDescriptions: { id: "The id of the offer.", token: "The token of the link." },
    responses: {
      200: jsonResponse(OfferView, "The offer."),
      400: problemResponse("The id or the token is not valid.", ["invalid_id", "validation_failed"]),
      403: problemResponse("The token does not open this offer.", ["forbidden"]),
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "acceptOffer",
    method: "post",
    path: "/api/v1/offers/{id}/accept",
    tag: "Front desk",
    auth: "none",
    summary: "Accept an offer",
    description:
      "Books the offered space and time for the bumped booker (confirmed; the desk's offer stands in for the rules' notice and horizon, the database still forbids overlap) and withdraws the booking's other offers, in one transaction; audited and notified. Twice, or after another offer was taken, the time was taken meanwhile, or the offer expired: 409 `offer_unavailable`.",
    params: OfferPathParams,
    query: OfferTokenQuery,
    parameterDescriptions: { id: "The id of the offer.", token: "The token of the link." },
    responses: {
      201: jsonResponse(OfferAccepted, "The new booking."),
      400: problemResponse("The id or the token is not valid.", ["invalid_id", "validation_failed"]),
      403: problemResponse("The token does not open this offer.", ["forbidden", "csrf_token_invalid"]),
      404: problemResponses.notFound,
      409: problemResponse("The offer is no longer open.", ["offer_unavailable"]),
      default: problemResponses.unexpected,
    },
  },
];
