import {
  ActivityTypeList,
  BookingCheck,
  BookingContext,
  BookingContextQuery,
  CreateBooking,
  CreatedBooking,
  CSRF_HEADER,
  Space,
  type ActivityType,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { buildCreatedBooking } from "./booking-factories";
import { apiUrl, problemResponse } from "./handlers";

export interface SentBooking {
  request: CreateBooking;
  idempotencyKey: string | null;
}

interface BookingApiOptions {
  spaces: Space[];
  activityTypes: ActivityType[];
  /** GET /spaces/{id}/booking-context; a 404 when it returns null (as before the endpoint existed). */
  contextFor?: (spaceId: string, query: BookingContextQuery) => BookingContext | null;
  /** POST /bookings/check; default: confirmed, no findings. */
  check?: (request: CreateBooking) => BookingCheck;
  /** POST /bookings; default: 201 with the booking. */
  create?: (request: CreateBooking, idempotencyKey: string | null) => Response;
}

/**
 * The booking form's endpoints over `session`, with the API's session and CSRF checks; every body is parsed with
 * the contracts. Records the checks and the bookings sent.
 */
export function bookingHandlers(session: FakeSession, options: BookingApiOptions) {
  const checks: CreateBooking[] = [];
  const sent: SentBooking[] = [];
  const contextQueries: BookingContextQuery[] = [];
  const guard = (request: Request) => {
    if (!session.me) return problemResponse(401, "session_expired");
    if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
    return null;
  };
  const handlers = [
    http.get(apiUrl("/activity-types"), () => HttpResponse.json(ActivityTypeList.parse(options.activityTypes))),
    http.get(apiUrl("/spaces/:id/booking-context"), ({ params, request }) => {
      if (!session.me) return problemResponse(401, "authentication_required");
      const query = BookingContextQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
      contextQueries.push(query);
      const context = options.contextFor?.(String(params.id), query) ?? null;
      return context ? HttpResponse.json(BookingContext.parse(context)) : problemResponse(404, "route_not_found");
    }),
    http.get(apiUrl("/spaces/:id"), ({ params }) => {
      const space = options.spaces.find((candidate) => candidate.id === params.id);
      return space ? HttpResponse.json(Space.parse(space)) : problemResponse(404, "not_found");
    }),
    http.post(apiUrl("/bookings/check"), async ({ request }) => {
      const failure = guard(request);
      if (failure) return failure;
      const body = CreateBooking.parse(await request.json());
      checks.push(body);
      const answer = options.check?.(body) ?? { outcome: "confirmed", findings: [], conflicts: [], alternatives: [] };
      return HttpResponse.json(BookingCheck.parse(answer));
    }),
    http.post(apiUrl("/bookings"), async ({ request }) => {
      const failure = guard(request);
      if (failure) return failure;
      const body = CreateBooking.parse(await request.json());
      const idempotencyKey = request.headers.get("Idempotency-Key");
      sent.push({ request: body, idempotencyKey });
      return options.create?.(body, idempotencyKey) ?? createdResponse(buildCreatedBooking(body));
    }),
  ];
  return { handlers, checks, sent, contextQueries };
}

/** 201 (confirmed) or 202 (requested, waiting for the front desk). */
export function createdResponse(booking: CreatedBooking) {
  return HttpResponse.json(CreatedBooking.parse(booking), { status: booking.status === "requested" ? 202 : 201 });
}
