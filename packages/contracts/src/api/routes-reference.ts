import { z } from "zod";
import { Availability, AvailabilityQuery } from "../availability";
import { ActivityTypeList } from "../catalogue";
import { Centre, CentreList, CentrePathParams } from "../centres";
import { Health } from "../health";
import { RulesInForce, RulesQuery } from "../rules";
import { Space, SpaceList, SpacePathParams, SpaceQuery } from "../spaces";
import { jsonResponse, problemResponses, type ApiRoute } from "./route";

const byId = { id: "The id of the item." };

/** An OpenAPI 3.1 document; its own schema is the OpenAPI specification's. */
const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const referenceRoutes: readonly ApiRoute[] = [
  {
    operationId: "getRules",
    method: "get",
    path: "/api/v1/rules",
    tag: "Reference",
    auth: "none",
    summary: "The shared-use rules in force",
    description:
      "A plain-language summary, in nb, nn and en, of the rules the API applies to bookings at a centre (or everywhere, without `centreId`): why a request may be refused or sent to the front desk.",
    query: RulesQuery,
    parameterDescriptions: { centreId: "The centre whose rules to show; omitted, the common rules." },
    responses: {
      200: jsonResponse(RulesInForce, "The rules in force."),
      400: problemResponses.invalidQuery,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "listActivityTypes",
    method: "get",
    path: "/api/v1/activity-types",
    tag: "Catalogue",
    auth: "none",
    summary: "List the activity types",
    description: "The catalogue of what a booking can be for, with names in nb/nn/en and each type's sensitivity class.",
    responses: { 200: jsonResponse(ActivityTypeList, "The activity types, by slug."), default: problemResponses.unexpected },
  },
  {
    operationId: "getHealth",
    method: "get",
    path: "/api/v1/health",
    tag: "Health",
    auth: "none",
    summary: "Service health",
    description: "Whether the database answers, with the version and the state of the migrations. Never cached.",
    responses: {
      200: jsonResponse(Health, "The service is up."),
      503: jsonResponse(Health, "The database does not answer; `status` is `unavailable`."),
    },
  },
  {
    operationId: "listCentres",
    method: "get",
    path: "/api/v1/centres",
    tag: "Centres",
    auth: "none",
    summary: "List the centres",
    description: "Every local centre with a citizen square, with its opening and staffed hours.",
    responses: { 200: jsonResponse(CentreList, "The centres, by name."), default: problemResponses.unexpected },
  },
  {
    operationId: "getCentre",
    method: "get",
    path: "/api/v1/centres/{id}",
    tag: "Centres",
    auth: "none",
    summary: "Get a centre",
    description: "One centre by id.",
    params: CentrePathParams,
    parameterDescriptions: byId,
    responses: {
      200: jsonResponse(Centre, "The centre."),
      400: problemResponses.invalidId,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "listSpaces",
    method: "get",
    path: "/api/v1/spaces",
    tag: "Spaces",
    auth: "none",
    summary: "Find spaces",
    description: "Spaces matching every filter given. Lists are comma-separated; a space must have all the items listed.",
    query: SpaceQuery,
    parameterDescriptions: {
      centreId: "Only spaces in this centre.",
      minCapacity: "Only spaces for at least this many people.",
      feature: 'Equipment every space must have, comma-separated, e.g. "screen,video_meeting".',
      accessibility: "Accessibility features every space must have, comma-separated (values of AccessibilityFeature).",
    },
    responses: { 200: jsonResponse(SpaceList, "The matching spaces (an empty list when none match)."), 400: problemResponses.invalidQuery, default: problemResponses.unexpected },
  },
  {
    operationId: "getSpace",
    method: "get",
    path: "/api/v1/spaces/{id}",
    tag: "Spaces",
    auth: "none",
    summary: "Get a space",
    description: "One space by id, with its booking parameters and, for a divisible space, its parts.",
    params: SpacePathParams,
    parameterDescriptions: byId,
    responses: { 200: jsonResponse(Space, "The space."), 400: problemResponses.invalidId, 404: problemResponses.notFound, default: problemResponses.unexpected },
  },
  {
    operationId: "getAvailability",
    method: "get",
    path: "/api/v1/availability",
    tag: "Availability",
    auth: "none",
    summary: "Free and busy time",
    description:
      "Per space, the free, busy, tentative (requested) and closed time between `from` and `to` (at most 31 days), inside opening hours, minus closures, public holidays and buffers. Give exactly one of `centreId` and `spaceId`. Never any personal data.",
    query: AvailabilityQuery,
    parameterDescriptions: {
      centreId: "Every space of this centre.",
      spaceId: "This one space.",
      from: "Start of the window, ISO 8601 with offset.",
      to: "End of the window (exclusive), ISO 8601 with offset.",
    },
    responses: {
      200: jsonResponse(Availability, "The time of each space in the window."),
      400: problemResponses.invalidQuery,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Reference",
    auth: "none",
    summary: "This API as OpenAPI 3.1",
    description: "The OpenAPI 3.1 document of this API, generated from the same contracts the API validates with.",
    responses: { 200: jsonResponse(OpenApiDocument, "The OpenAPI document.") },
  },
];
