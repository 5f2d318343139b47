import { BookingPathParams } from "../bookings";
import { CentrePathParams } from "../centres";
import { Approval, BlockResult, CheckedIn, CheckInTokenQuery, CreateBlock, DeskBoard, DeskBooking, DeskDayQuery, DeskOrganisationList, DeskQueue, RejectBooking } from "../desk";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

const bookingId = { id: "The id of the booking." };
const centreId = { id: "The id of the centre." };
const hostOnly = problemResponse("Only the front desk of the centre or an admin may do this, or a write lacks the CSRF token.", ["forbidden", "csrf_token_invalid"]);
const decisionProblems = {
  400: problemResponse("The id, the body or a header is not valid.", ["invalid_id", "validation_failed", "malformed_json"]),
  401: problemResponses.unauthenticated,
  403: hostOnly,
  404: problemResponses.notFound,
  412: problemResponse("The booking has changed since that version; fetch it and try again.", ["precondition_failed"]),
  428: problemResponse("`If-Match` is missing.", ["precondition_required"]),
  429: problemResponses.tooManyRequests,
};

export const deskRoutes: readonly ApiRoute[] = [
  {
    operationId: "listDeskOrganisations",
    method: "get",
    path: "/api/v1/desk/organisations",
    tag: "Front desk",
    auth: "user",
    summary: "Who the desk can book for",
    description:
      "Every organisation by name, with its kind, whether it is verified and whether it is one of the house's own services (tier 1): for booking on someone's behalf at the desk. No contact persons. For hosts of any centre and admins.",
    responses: {
      200: jsonResponse(DeskOrganisationList, "The organisations, by name."),
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getDeskDay",
    method: "get",
    path: "/api/v1/desk/centres/{id}/day",
    tag: "Front desk",
    auth: "user",
    summary: "The front desk's board of a day",
    description:
      "Every space of the centre and every requested, confirmed and checked-in booking of the day (Europe/Oslo) in them, in full, each with its organisation's no-shows of the last 180 days; and the closures touching the day as blocks. For the front desk of the centre and admins.",
    params: CentrePathParams,
    query: DeskDayQuery,
    parameterDescriptions: { ...centreId, date: "The day, YYYY-MM-DD." },
    responses: {
      200: jsonResponse(DeskBoard, "The board."),
      400: problemResponse("The id or the query is not valid.", ["invalid_id", "validation_failed"]),
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponse("There is no such centre.", ["not_found"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getDeskQueue",
    method: "get",
    path: "/api/v1/desk/centres/{id}/queue",
    tag: "Front desk",
    auth: "user",
    summary: "Requests waiting for the front desk",
    description:
      "The centre's requested bookings that have not ended, grouped into conflict sets: requests that compete for the same physical space (a divisible whole and its parts count), directly or through each other. Each request carries its priority tier and the findings that sent it to the desk; each set the confirmed bookings in the way. Sets by their earliest start; requests by tier, then request time.",
    params: CentrePathParams,
    parameterDescriptions: centreId,
    responses: {
      200: jsonResponse(DeskQueue, "The conflict sets."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponse("There is no such centre.", ["not_found"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "approveBooking",
    method: "post",
    path: "/api/v1/desk/bookings/{id}/approve",
    tag: "Front desk",
    auth: "user",
    summary: "Approve a request",
    description:
      "Confirms the requested booking and, in the same transaction, rejects the requests that collide with it (reason `competing_request_approved`); each decision is audited and its booker notified, the approved one with a check-in link. Two hosts approving competing requests at once: one wins, the other gets 409. A confirmed booking in the way is 409 `approval_blocked`.",
    params: BookingPathParams,
    parameterDescriptions: bookingId,
    headers: [{ name: "If-Match", required: true }],
    responses: {
      200: jsonResponse(Approval, "The approved booking and the rejected competitors.", ["ETag"]),
      ...decisionProblems,
      409: problemResponse("The booking no longer waits for a decision (`not_pending`), or a confirmed booking holds the time (`approval_blocked`).", ["not_pending", "approval_blocked"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "rejectBooking",
    method: "post",
    path: "/api/v1/desk/bookings/{id}/reject",
    tag: "Front desk",
    auth: "user",
    summary: "Reject a request",
    description: "Rejects the requested booking with a reason the booker is shown; audited and notified.",
    params: BookingPathParams,
    parameterDescriptions: bookingId,
    headers: [{ name: "If-Match", required: true }],
    body: RejectBooking,
    responses: {
      200: jsonResponse(DeskBooking, "The rejected booking.", ["ETag"]),
      ...decisionProblems,
      409: problemResponse("The booking no longer waits for a decision.", ["not_pending"]),
      413: problemResponses.tooLarge,
      415: problemResponses.notJson,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "checkInAtDesk",
    method: "post",
    path: "/api/v1/desk/bookings/{id}/check-in",
    tag: "Front desk",
    auth: "user",
    summary: "Check a booking in at the desk",
    description:
      "Marks a confirmed booking as checked in, from 30 minutes before its start until 15 minutes after (or its end). Outside that window, or when the booking is not confirmed, 409 `check_in_unavailable`. `If-Match` is optional: with it, a stale version is 412.",
    params: BookingPathParams,
    parameterDescriptions: bookingId,
    headers: [{ name: "If-Match", required: false }],
    responses: {
      200: jsonResponse(DeskBooking, "The checked-in booking.", ["ETag"]),
      ...decisionProblems,
      409: problemResponse("The booking cannot be checked in now.", ["check_in_unavailable"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "checkInWithToken",
    method: "post",
    path: "/api/v1/bookings/{id}/check-in",
    tag: "Front desk",
    auth: "none",
    summary: "Check in with the organiser's link",
    description:
      "The organiser's check-in: the token comes from the link sent when the booking was confirmed. The same window as at the desk; outside it, 409 `check_in_unavailable`. Checking in twice answers 409 the second time.",
    params: BookingPathParams,
    query: CheckInTokenQuery,
    parameterDescriptions: { ...bookingId, token: "The token of the check-in link." },
    responses: {
      200: jsonResponse(CheckedIn, "Checked in."),
      400: problemResponse("The id or the token is not valid.", ["invalid_id", "validation_failed"]),
      403: problemResponse("The token does not open this booking's check-in.", ["forbidden", "csrf_token_invalid"]),
      404: problemResponses.notFound,
      409: problemResponse("The booking cannot be checked in now.", ["check_in_unavailable"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "createBlock",
    method: "post",
    path: "/api/v1/desk/blocks",
    tag: "Front desk",
    auth: "user",
    summary: "Block time (closure or maintenance)",
    description:
      "Blocks a space (its parts and the whole it is part of included) or the whole centre. With `dryRun`, lists the live bookings the block hits and writes nothing. Otherwise creates the block and, in the same transaction, cancels the hit bookings listed in `cancel` (reason `blocked`), notifying their bookers; the other hit bookings stay for the desk to move. Audited.",
    body: CreateBlock,
    responses: {
      200: jsonResponse(BlockResult, "The dry run: the bookings the block would hit."),
      201: jsonResponse(BlockResult, "The block, the bookings it cancelled and those it hits that stay."),
      400: problemResponse("The body is not valid, or `cancel` names a booking the block does not hit.", ["validation_failed", "malformed_json"]),
      401: problemResponses.unauthenticated,
      403: hostOnly,
      404: problemResponse("There is no such centre, or no such space in it.", ["not_found"]),
      413: problemResponses.tooLarge,
      415: problemResponses.notJson,
      429: problemResponses.tooManyRequests,
      default: problemResponses.unexpected,
    },
  },
];
