import { apiRoutes, CSRF_HEADER, problemType, sessionCookie, type ApiRoute, type ApiTag } from "@sambruk/contracts";
import { convertSchemas } from "./json-schemas";
import type { OpenApiDocument, OperationObject } from "./openapi-types";
import { ACTING_USER_SCHEME, requestSchemas, responseSchemas, toOperation } from "./operation";
import { problemCodeTable } from "./problem-codes";

const tags: Record<ApiTag, string> = {
  Health: "Whether the service is up.",
  Centres: "The local centres and their opening hours.",
  Spaces: "The bookable spaces of the centres.",
  Catalogue: "What a booking can be for: the activity types and their sensitivity classes.",
  Availability: "Free and busy time, without any personal data.",
  Bookings: "Booking a space, checking a booking, moving and cancelling it.",
  Auth: "Signing in (ID-porten, the municipality's own provider, or a demo user), the session, and whom the user acts for.",
  Organisations: "Volunteer groups registered by residents, and their verification by the front desk.",
  Audit: "Who changed what, when, acting for whom: for admins, and for the front desk of their centres.",
  Programme: "The public programme: what is on at the centres, for whom, without any personal data.",
  Series: "Recurring bookings from an RRULE: preview every occurrence with its status, book the ok ones in one step, change or cancel one, the following or all.",
  "Drop-ins": "Services' published drop-in hours, appointments residents take in person or as a digital meeting, and the staff's list of the day.",
  "Front desk": "The host's board for a centre: requests grouped into conflict sets, approving and rejecting, check-in and release, and blocks. For the front desk of the centre and admins.",
  Notifications: "What happened to the signed-in user's bookings, as the in-app list; the same events reach them by e-mail.",
  "Calendar feeds": "iCalendar feeds: public per space and centre (busy-only bookings show as busy), personal per user or organisation behind a secret, revocable token.",
  Waitlist: "Queue for a taken time; the first in line is offered it when it frees up, for a set time.",
  Reference: "This API described as OpenAPI.",
};

const problemTypeBase = problemType("not_found").replace(/not-found$/, "");

const description = `
All times are ISO 8601 instants with an explicit offset; opening hours, slot steps and the like follow the
wall clock in Europe/Oslo, daylight-saving changes included. Request bodies are \`application/json\`;
unknown fields are refused.

## Who acts
Public reading (centres, spaces, free and busy time, the public programme) is open to anyone. Everything else
needs a session: sign in through \`/api/v1/auth/login/{provider}\` (or, on demo servers, \`POST
/api/v1/auth/demo-login\`), which sets the httpOnly cookie \`${sessionCookie.name}\`. Without a session a call is
\`401 authentication_required\`; with one that has ended, \`401 session_expired\`. Every state-changing
request with a session must carry \`${CSRF_HEADER}\` with the \`csrfToken\` of \`GET /api/v1/auth/me\`, or it is
\`403 csrf_token_invalid\`. Sign-in and booking writes are rate-limited (\`429 too_many_requests\` with
\`Retry-After\`).

## Retries and concurrent changes
\`POST /api/v1/bookings\` takes an \`Idempotency-Key\`: a retry with the same key returns the first result
and books nothing more. A booking's \`ETag\` is its \`version\`; changing it takes \`If-Match\` with that
ETag, so a change based on a stale version is \`412 precondition_failed\` instead of a lost update.

## Errors
Every error is an RFC 9457 problem document (\`application/problem+json\`) with a stable \`code\`, and for
invalid input \`errors[]\`, each with a JSON pointer into the request (\`/body/start\`, \`/query/from\`).
Clients act on \`code\`, never on \`title\` or \`detail\`. Unknown paths under \`/api\` are a
\`404 route_not_found\` problem. Each code has its own \`type\` URI: the code with hyphens under
\`${problemTypeBase}\` (\`route_not_found\` is ${problemType("route_not_found")}).

${problemCodeTable()}
`.trim();

/** The OpenAPI 3.1 document of the API, from the route registry in the contracts. */
export function buildOpenApiDocument(version: string, routes: readonly ApiRoute[] = apiRoutes): OpenApiDocument {
  const schemas = convertSchemas(routes.flatMap(requestSchemas), routes.flatMap(responseSchemas));
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const route of routes) {
    const operations = (paths[route.path] ??= {});
    if (operations[route.method]) throw new Error(`${route.method.toUpperCase()} ${route.path} is registered twice.`);
    operations[route.method] = toOperation(route, schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Sambruk API",
      version,
      summary: "Booking of the shared premises of the citizen squares in Asker kommune's local centres.",
      description,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "This server" }],
    tags: Object.entries(tags).map(([name, text]) => ({ name, description: text })),
    paths,
    components: {
      schemas: schemas.components,
      securitySchemes: {
        [ACTING_USER_SCHEME]: { type: "apiKey", in: "cookie", name: sessionCookie.name, description: sessionCookie.description },
      },
    },
  };
}
