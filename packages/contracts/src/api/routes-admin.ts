import { ActivityType, ActivityTypePathParams, UpdateActivityType } from "../catalogue";
import { PolicyParametersDocument, RulesUpdateQuery } from "../rules";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

const adminProblems = {
  401: problemResponses.unauthenticated,
  403: problemResponse("The acting user is not an administrator.", ["forbidden"]),
  413: problemResponses.tooLarge,
  415: problemResponses.notJson,
};

/** What administrators change: the rule parameters and the classification of activity types. Every change is audited. */
export const adminRoutes: readonly ApiRoute[] = [
  {
    operationId: "replaceRules",
    method: "put",
    path: "/api/v1/rules",
    tag: "Reference",
    auth: "user",
    summary: "Replace the rule parameters",
    description:
      "An administrator replaces the whole parameter document of the shared-use rules, for one centre (`centreId`) or everywhere. Values that make no sense (a share over 100 %, negative hours, a malformed time) are refused with 400, naming each field. The change and the documents before and after are audited. The answer includes the word-screen terms, which public summaries never show.",
    query: RulesUpdateQuery,
    parameterDescriptions: { centreId: "The centre whose own parameters to replace; omitted, the common ones." },
    body: PolicyParametersDocument,
    responses: {
      200: jsonResponse(PolicyParametersDocument, "The stored parameter document."),
      400: problemResponse("The query or the document is not valid; `errors` points at each field.", ["validation_failed", "malformed_json"]),
      ...adminProblems,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "reclassifyActivityType",
    method: "patch",
    path: "/api/v1/activity-types/{id}",
    tag: "Catalogue",
    auth: "user",
    summary: "Change an activity type's classification",
    description: "An administrator changes an activity type's sensitivity class, tags or targeting. The change and the values before and after are audited.",
    params: ActivityTypePathParams,
    parameterDescriptions: { id: "The id of the activity type." },
    body: UpdateActivityType,
    responses: {
      200: jsonResponse(ActivityType, "The activity type as changed."),
      400: problemResponse("The id or the body is not valid; `errors` points at each field.", ["invalid_id", "validation_failed", "malformed_json"]),
      ...adminProblems,
      404: problemResponses.notFound,
      default: problemResponses.unexpected,
    },
  },
];
