import { JoinWaitlist, WaitlistAccepted, WaitlistEntry, WaitlistEntryList, WaitlistPathParams } from "../waitlist";
import { RefusedProblem } from "../bookings";
import { jsonResponse, problemResponse, problemResponses, writeProblemResponses, type ApiRoute } from "./route";

const entryId = { id: "The id of the waitlist entry." };

export const waitlistRoutes: readonly ApiRoute[] = [
  {
    operationId: "joinWaitlist",
    method: "post",
    path: "/api/v1/waitlist",
    tag: "Waitlist",
    auth: "user",
    summary: "Queue for a taken time",
    description:
      "Puts the caller, acting for an organisation they belong to, in line for a space and time that is taken. First come, first served. When the time frees up (a cancellation, a release, a rejection), the first in line is offered it and has `WAITLIST_OFFER_MINUTES` (default 120) to accept before the next is asked. Refused (422) when the rules would refuse the booking anyway.",
    body: JoinWaitlist,
    responses: {
      201: jsonResponse(WaitlistEntry, "The entry, with its place in line.", ["Location"]),
      400: problemResponses.invalidBody,
      ...writeProblemResponses,
      404: problemResponse("There is no such space, organisation or activity type.", ["not_found"]),
      409: problemResponse("The caller already waits for this space and time.", ["waitlist_duplicate"]),
      422: problemResponse("A rule refuses the booking itself; the problem lists the findings.", ["booking_refused"], RefusedProblem),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "listMyWaitlist",
    method: "get",
    path: "/api/v1/waitlist",
    tag: "Waitlist",
    auth: "user",
    summary: "My waitlist entries",
    description: "The caller's entries whose time has not ended, by start: waiting (with the place in line), offered (with the deadline), and those decided.",
    responses: {
      200: jsonResponse(WaitlistEntryList, "The entries."),
      401: problemResponses.unauthenticated,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "leaveWaitlist",
    method: "delete",
    path: "/api/v1/waitlist/{id}",
    tag: "Waitlist",
    auth: "user",
    summary: "Leave the waitlist",
    description: "Takes the caller's entry out of line; an open offer to it goes to the next in line.",
    params: WaitlistPathParams,
    parameterDescriptions: entryId,
    responses: {
      200: jsonResponse(WaitlistEntry, "The entry, now `left`."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "acceptWaitlistOffer",
    method: "post",
    path: "/api/v1/waitlist/{id}/accept",
    tag: "Waitlist",
    auth: "user",
    summary: "Take the offered time",
    description:
      "Books the time for the entry as POST /bookings would (confirmed, or a request for the front desk) while the offer is open. After the deadline, or when it was never offered: 409 `offer_unavailable`.",
    params: WaitlistPathParams,
    parameterDescriptions: entryId,
    responses: {
      201: jsonResponse(WaitlistAccepted, "The booking made."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponses.notFound,
      409: problemResponse("The offer is no longer open, or the time was taken meanwhile.", ["offer_unavailable", "booking_conflict"]),
      422: problemResponse("A rule refuses the booking now.", ["booking_refused"], RefusedProblem),
      429: problemResponses.tooManyRequests,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "declineWaitlistOffer",
    method: "post",
    path: "/api/v1/waitlist/{id}/decline",
    tag: "Waitlist",
    auth: "user",
    summary: "Decline the offered time",
    description: "Declines the open offer; the next in line is offered the time.",
    params: WaitlistPathParams,
    parameterDescriptions: entryId,
    responses: {
      200: jsonResponse(WaitlistEntry, "The declined entry."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      404: problemResponses.notFound,
      409: problemResponse("The entry has no open offer.", ["offer_unavailable"]),
      default: problemResponses.unexpected,
    },
  },
];
