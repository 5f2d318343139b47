import {
  CalendarFeed,
  CalendarFeedList,
  CreateCalendarFeed,
  CreatedCalendarFeed,
  CSRF_HEADER,
  RevokedCalendarFeed,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { testId } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

/** The user's own feed, made on 1 March 2026; override what a test is about. */
export function buildCalendarFeed(overrides: Partial<CalendarFeed> = {}): CalendarFeed {
  return CalendarFeed.parse({ id: testId(), organisationId: null, createdAt: "2026-03-01T09:00:00Z", revokedAt: null, ...overrides });
}

/** GET /ical/feeds answering an empty list to anyone: the default, so My bookings need not care. */
export function noCalendarFeedsHandlers() {
  return [http.get(apiUrl("/ical/feeds"), () => HttpResponse.json(CalendarFeedList.parse([])))];
}

function refused(request: Request, session: FakeSession) {
  if (!session.me) return problemResponse(401, "authentication_required");
  if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
  return null;
}

/**
 * GET, POST /ical/feeds and DELETE /ical/feeds/:id over `feeds` (the live ones, newest first, changed in place);
 * records what was created and revoked. A new feed's URL carries a token made from its id.
 */
export function calendarFeedHandlers(session: FakeSession, feeds: CalendarFeed[] = []) {
  const created: CreateCalendarFeed[] = [];
  const revoked: string[] = [];
  const handlers = [
    http.get(apiUrl("/ical/feeds"), () =>
      session.me ? HttpResponse.json(CalendarFeedList.parse(feeds)) : problemResponse(401, "authentication_required"),
    ),
    http.post(apiUrl("/ical/feeds"), async ({ request }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const body = CreateCalendarFeed.parse(await request.json());
      created.push(body);
      const organisationId = body.organisationId ?? null;
      if (organisationId && !session.me?.memberships.some((m) => m.organisationId === organisationId)) {
        return problemResponse(403, "forbidden");
      }
      const feed = buildCalendarFeed({ organisationId, createdAt: "2026-03-12T09:30:00Z" });
      feeds.unshift(feed);
      const url = `https://sambruk.example.test/api/v1/ical/feeds/secret-${feed.id}.ics`;
      return HttpResponse.json(CreatedCalendarFeed.parse({ ...feed, url }), { status: 201 });
    }),
    http.delete(apiUrl("/ical/feeds/:id"), ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const index = feeds.findIndex((feed) => feed.id === params.id);
      const [feed] = index >= 0 ? feeds.splice(index, 1) : [];
      if (!feed) return problemResponse(404, "not_found");
      revoked.push(feed.id);
      return HttpResponse.json(RevokedCalendarFeed.parse({ ...feed, revokedAt: "2026-03-12T09:30:00Z" }));
    }),
  ];
  return { handlers, created, revoked };
}
