import { CSRF_HEADER, NotificationItem, NotificationList, NotificationRead, NotificationsMarkedRead } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { testId } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

/** An unread confirmation from Thursday 12 March 2026, 09:00 in Oslo; override what a test is about. */
export function buildNotification(overrides: Partial<NotificationItem> = {}): NotificationItem {
  return NotificationItem.parse({
    id: testId(),
    kind: "booking_confirmed",
    bookingId: testId(),
    title: "Bookingen er bekreftet",
    body: "Jobbklubb, torsdag 12. mars 2026, 18:00–20:00\nTofte, Møtesalen",
    createdAt: "2026-03-12T08:00:00Z",
    readAt: null,
    ...overrides,
  });
}

/** GET /notifications answering an empty list to anyone: the default, so a signed-in page need not care. */
export function noNotificationsHandlers() {
  return [http.get(apiUrl("/notifications"), () => HttpResponse.json(NotificationList.parse([])))];
}

function refused(request: Request, session: FakeSession) {
  if (!session.me) return problemResponse(401, "authentication_required");
  if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
  return null;
}

/**
 * GET /notifications, POST /notifications/:id/read and POST /notifications/read-all over `items` (changed in
 * place, as the API would store them); records the ids marked read and the read-all calls.
 */
export function notificationHandlers(session: FakeSession, items: NotificationItem[], now = "2026-03-12T09:30:00Z") {
  const markedRead: string[] = [];
  const readAll: number[] = [];
  const handlers = [
    http.get(apiUrl("/notifications"), () =>
      session.me ? HttpResponse.json(NotificationList.parse(items)) : problemResponse(401, "authentication_required"),
    ),
    http.post(apiUrl("/notifications/read-all"), ({ request }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const unread = items.filter((item) => item.readAt === null);
      for (const item of unread) item.readAt = now;
      readAll.push(unread.length);
      return HttpResponse.json(NotificationsMarkedRead.parse({ marked: unread.length }));
    }),
    http.post(apiUrl("/notifications/:id/read"), ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const item = items.find((candidate) => candidate.id === params.id);
      if (!item) return problemResponse(404, "not_found");
      item.readAt ??= now;
      markedRead.push(item.id);
      return HttpResponse.json(NotificationRead.parse({ id: item.id, readAt: item.readAt }));
    }),
  ];
  return { handlers, markedRead, readAll };
}
