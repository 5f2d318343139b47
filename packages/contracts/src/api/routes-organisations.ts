import { z } from "zod";
import { Organisation, OrganisationList, OrganisationPathParams, OrganisationQuery, RegisterGroup } from "../organisations";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

// The same query on the wire; the contract turns `verified` into a boolean with a transform, which JSON Schema
// cannot describe, so the document shows the string the caller sends.
const DocumentedOrganisationQuery = OrganisationQuery.extend({ verified: z.enum(["true", "false"]).optional() });

const organisationId = { id: "The id of the organisation." };
const hidden = problemResponse("There is no such organisation, or the caller may not see it: the two are not told apart.", ["not_found"]);

/** Informal volunteer groups: registered by a resident, verified by the front desk of their home centre. */
export const organisationRoutes: readonly ApiRoute[] = [
  {
    operationId: "registerGroup",
    method: "post",
    path: "/api/v1/organisations",
    tag: "Organisations",
    auth: "user",
    summary: "Register an informal volunteer group",
    description:
      "A signed-in resident registers an informal volunteer group (no organisation number) with one to five named contact persons and a home centre, and becomes its coordinator. The group starts unverified: its bookings go to the front desk for review until the front desk of its home centre verifies it. The registration is audited.",
    body: RegisterGroup,
    responses: {
      201: jsonResponse(Organisation, "The registered group, unverified, with its contact persons.", ["Location"]),
      400: problemResponse("The body is not valid, or the home centre does not exist; `errors` points at each field.", ["validation_failed", "malformed_json"]),
      401: problemResponses.unauthenticated,
      403: problemResponses.forbidden,
      413: problemResponses.tooLarge,
      415: problemResponses.notJson,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "listOrganisations",
    method: "get",
    path: "/api/v1/organisations",
    tag: "Organisations",
    auth: "user",
    summary: "List the groups of the caller's centres",
    description:
      "For the front desk: the organisations at home in the centres the caller hosts (administrators: every organisation), oldest first; `verified=false` gives what waits for verification. Anyone else is refused.",
    query: DocumentedOrganisationQuery,
    parameterDescriptions: {
      centreId: "Only organisations at home in this centre, which the caller must host.",
      verified: "`true` or `false`: only verified, or only unverified organisations.",
    },
    responses: {
      200: jsonResponse(OrganisationList, "The organisations, with their contact persons."),
      400: problemResponses.invalidQuery,
      401: problemResponses.unauthenticated,
      403: problemResponse("The caller is not a host of the centre, or of any centre.", ["forbidden"]),
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "getOrganisation",
    method: "get",
    path: "/api/v1/organisations/{id}",
    tag: "Organisations",
    auth: "user",
    summary: "Get an organisation",
    description: "One organisation with its contact persons, for its members, the front desk of its home centre and administrators.",
    params: OrganisationPathParams,
    parameterDescriptions: organisationId,
    responses: {
      200: jsonResponse(Organisation, "The organisation."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      404: hidden,
      default: problemResponses.unexpected,
    },
  },
  {
    operationId: "verifyOrganisation",
    method: "post",
    path: "/api/v1/organisations/{id}/verify",
    tag: "Organisations",
    auth: "user",
    summary: "Verify an informal group",
    description:
      "The front desk of the group's home centre (or an administrator) verifies the group; from then on its bookings no longer go to review for being unverified. Audited with the state before and after. Idempotent: verifying a verified group answers 200 and records nothing.",
    params: OrganisationPathParams,
    parameterDescriptions: organisationId,
    responses: {
      200: jsonResponse(Organisation, "The verified organisation."),
      400: problemResponses.invalidId,
      401: problemResponses.unauthenticated,
      403: problemResponse("The caller sees the group but does not host its home centre (`forbidden`), or the X-CSRF-Token header is missing or wrong.", ["forbidden", "csrf_token_invalid"]),
      404: hidden,
      default: problemResponses.unexpected,
    },
  },
];
