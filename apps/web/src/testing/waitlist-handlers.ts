import { CreatedBooking, CSRF_HEADER, JoinWaitlist, WaitlistAccepted, WaitlistEntry, WaitlistEntryList } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { testId } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

/** Waiting as number 2 for Språkkafé on Tuesday 17 March 2026, 18:00–20:00 in Oslo; override what a test is about. */
export function buildWaitlistEntry(overrides: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return WaitlistEntry.parse({
    id: testId(),
    centreId: testId(),
    spaceId: testId(),
    organisationId: testId(),
    title: "Språkkafé",
    start: "2026-03-17T17:00:00Z",
    end: "2026-03-17T19:00:00Z",
    status: "waiting",
    position: 2,
    offerExpiresAt: null,
    bookingId: null,
    createdAt: "2026-03-10T09:00:00Z",
    ...overrides,
  });
}

/** The test clock's now (Thursday 12 March 2026, 10:30 in Oslo). */
const NOW = "2026-03-12T09:30:00.000Z";

/** The confirmed booking an accepted entry makes. */
function bookingOf(entry: WaitlistEntry): CreatedBooking {
  return CreatedBooking.parse({
    id: testId(),
    centreId: entry.centreId,
    spaceId: entry.spaceId,
    status: "confirmed",
    visibility: "public",
    start: entry.start,
    end: entry.end,
    title: entry.title,
    organisation: { id: entry.organisationId, name: "NAV Asker" },
    activityTypeId: testId(),
    expectedAttendees: 10,
    version: 1,
    source: "web",
    createdAt: NOW,
    updatedAt: NOW,
    findings: [],
  });
}

/**
 * The waitlist's endpoints over `entries` (changed in place), with the API's session and CSRF checks: joining puts
 * the new entry behind `ahead` others; accepting an offered entry books it (confirmed). Records what was sent.
 */
export function waitlistHandlers(session: FakeSession, entries: WaitlistEntry[] = [], { ahead = 2 } = {}) {
  const joined: JoinWaitlist[] = [];
  const actions: { id: string; action: "accept" | "decline" | "leave" }[] = [];
  const guard = (request: Request) => {
    if (!session.me) return problemResponse(401, "authentication_required");
    if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
    return null;
  };
  const change = (id: string, patch: Partial<WaitlistEntry>) => {
    const index = entries.findIndex((entry) => entry.id === id);
    const found = entries[index];
    if (!found) return null;
    const changed = WaitlistEntry.parse({ ...found, ...patch });
    entries[index] = changed;
    return changed;
  };
  const handlers = [
    http.get(apiUrl("/waitlist"), () =>
      session.me ? HttpResponse.json(WaitlistEntryList.parse(entries)) : problemResponse(401, "authentication_required"),
    ),
    http.post(apiUrl("/waitlist"), async ({ request }) => {
      const failure = guard(request);
      if (failure) return failure;
      const body = JoinWaitlist.parse(await request.json());
      joined.push(body);
      const entry = buildWaitlistEntry({ ...body, centreId: testId(), position: ahead + 1, createdAt: NOW });
      entries.push(entry);
      return HttpResponse.json(WaitlistEntry.parse(entry), { status: 201 });
    }),
    http.delete(apiUrl("/waitlist/:id"), ({ request, params }) => {
      const failure = guard(request);
      if (failure) return failure;
      actions.push({ id: String(params.id), action: "leave" });
      const left = change(String(params.id), { status: "left", position: null, offerExpiresAt: null });
      return left ? HttpResponse.json(WaitlistEntry.parse(left)) : problemResponse(404, "not_found");
    }),
    http.post(apiUrl("/waitlist/:id/:action"), ({ request, params }) => {
      const failure = guard(request);
      if (failure) return failure;
      const id = String(params.id);
      const action = params.action === "accept" ? "accept" : "decline";
      actions.push({ id, action });
      const entry = entries.find((candidate) => candidate.id === id);
      if (!entry) return problemResponse(404, "not_found");
      if (entry.status !== "offered") return problemResponse(409, "offer_unavailable");
      if (action === "decline") return HttpResponse.json(change(id, { status: "declined", offerExpiresAt: null }));
      const booking = bookingOf(entry);
      const accepted = change(id, { status: "accepted", offerExpiresAt: null, bookingId: booking.id });
      return HttpResponse.json(WaitlistAccepted.parse({ entry: accepted, booking }), { status: 201 });
    }),
  ];
  return { handlers, joined, actions };
}

/** GET /waitlist answering an empty list to anyone: the default, so My bookings need not care. */
export function noWaitlistHandlers() {
  return [http.get(apiUrl("/waitlist"), () => HttpResponse.json(WaitlistEntryList.parse([])))];
}
