import { z } from "zod";
import { BookingContext, BookingContextQuery } from "../booking-context";
import { MAX_PROGRAMME_DAYS, Programme, ProgrammeQuery } from "../programme";
import { PolicyParametersDocument } from "../rules";
import { SpacePathParams } from "../spaces";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

/**
 * BookingContext as the OpenAPI document describes it: the same shape, its rule parameters a new object of
 * PolicyParametersDocument's fields. That schema is also the whole body of PUT /rules, where the generator
 * writes it out in place; the same instance inside another schema would become a $ref to a component that is
 * never written (a `.clone()` keeps its identity in the generator's registry). It cannot be named in
 * namedSchemas either: its `reservedSharePercent` default reads differently as a request.
 */
const BookingContextDocument = BookingContext.extend({ parameters: z.object(PolicyParametersDocument.shape) });

/** What the web booking client reads: the public programme, and what the rules need to judge a request as it is typed. */
export const clientRoutes: readonly ApiRoute[] = [
  {
    operationId: "getProgramme",
    method: "get",
    path: "/api/v1/programme",
    tag: "Programme",
    auth: "none",
    summary: "What is on",
    description: `The public programme ("Hva skjer"): confirmed and checked-in public bookings overlapping the window from \`from\` to \`to\` (at most ${MAX_PROGRAMME_DAYS} days), by start, in one centre or all. Each item's kind and audiences come from its activity type. Never busy-only bookings, who booked, or descriptions; the room of a discreet service is not named, nor a resident organiser.`,
    query: ProgrammeQuery,
    parameterDescriptions: {
      centreId: "Only this centre; omitted, every centre.",
      from: "Start of the window, ISO 8601 with offset.",
      to: "End of the window (exclusive), ISO 8601 with offset.",
      audience: 'Only items for this audience (and those for everyone); "everyone" keeps only items for everyone.',
    },
    responses: {
      200: jsonResponse(Programme, "The items, by start (an empty list when nothing is on)."),
      400: problemResponses.invalidQuery,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getBookingContext",
    method: "get",
    path: "/api/v1/spaces/{id}/booking-context",
    tag: "Bookings",
    auth: "user",
    summary: "What the rules read about a booking request",
    description:
      "Everything the shared-use rules read about a request to book the space for the organisation between `from` and `to` (at most 14 days): the space and its centre's spaces, opening and staffed hours, closures, holidays, the rule parameters, the booker, and the live bookings the rules count. The web evaluates the same rules with it as the user types; `POST /api/v1/bookings` evaluates again and has the last word. Other organisations' bookings carry no title and no owner (`ownerId` is \"other\"). For those who may book for the organisation in the space's centre.",
    params: SpacePathParams,
    query: BookingContextQuery,
    parameterDescriptions: {
      id: "The id of the space.",
      organisationId: "The organisation the booking would be for.",
      from: "Start of the window the request may fall in, ISO 8601 with offset.",
      to: "End of the window (exclusive), ISO 8601 with offset.",
    },
    responses: {
      200: jsonResponse(BookingContextDocument, "The context of a request."),
      400: problemResponse("The id or the query is not valid, or the organisation does not exist; `errors` points at each field.", ["invalid_id", "validation_failed"]),
      401: problemResponses.unauthenticated,
      403: problemResponse("The caller may not book for the organisation in the space's centre.", ["forbidden"]),
      404: problemResponse("The space does not exist.", ["not_found"]),
      default: problemResponses.unexpected,
    },
  },
];
