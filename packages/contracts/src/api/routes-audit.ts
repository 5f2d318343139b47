import { AuditEventList, AuditQuery, MAX_AUDIT_PAGE } from "../audit";
import { jsonResponse, problemResponse, problemResponses, type ApiRoute } from "./route";

/** The audit trail: who changed what, when, acting for whom, with the state before and after. */
export const auditRoutes: readonly ApiRoute[] = [
  {
    operationId: "listAuditEvents",
    method: "get",
    path: "/api/v1/audit",
    tag: "Audit",
    auth: "user",
    summary: "Read the audit trail",
    description: `Recorded writes, newest first, at most \`limit\` (up to ${MAX_AUDIT_PAGE}). Administrators read every event; a front-desk host reads only the events of the centres they host (all of them without \`centreId\`; a centre they do not host is 403). Anyone else is refused.`,
    query: AuditQuery,
    parameterDescriptions: {
      centreId: "Only events concerning this centre.",
      actorId: "Only events by this user.",
      organisationId: "Only events where the actor acted for, or concerning, this organisation.",
      entityType: 'Only events on this kind of entity ("booking", "organisation", …).',
      entityId: "Only events on this entity.",
      action: 'Only this action ("organisation.verified", …).',
      from: "Only events at or after this instant, ISO 8601 with offset.",
      to: "Only events before this instant, ISO 8601 with offset.",
      limit: `How many events at most; default 50, at most ${MAX_AUDIT_PAGE}.`,
    },
    responses: {
      200: jsonResponse(AuditEventList, "The events, newest first."),
      400: problemResponses.invalidQuery,
      401: problemResponses.unauthenticated,
      403: problemResponse("The caller is neither an administrator nor a host of the centre.", ["forbidden"]),
      default: problemResponses.unexpected,
    },
  },
];
