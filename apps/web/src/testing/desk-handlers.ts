import {
  Approval,
  CSRF_HEADER,
  DeskAlternatives,
  DeskBoard,
  DeskBooking,
  DeskQueue,
  MoveBooking,
  RejectBooking,
  RequestChange,
  SpaceList,
  type Alternative,
  type QueuedRequest,
  type Space,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { apiUrl, problemResponse } from "./handlers";

/** The fake front desk: the board and queue it answers, the alternatives, and the other centres' spaces. */
export interface FakeDesk {
  board: DeskBoard;
  queue: DeskQueue;
  alternatives?: Alternative[];
  spaces?: Space[];
}

/** What the desk was asked to do: each request's path id, `If-Match` and body. */
export interface DeskCalls {
  approved: { id: string; ifMatch: string | null }[];
  rejected: { id: string; ifMatch: string | null; reason: string }[];
  changeRequested: { id: string; ifMatch: string | null; message: string }[];
  checkedIn: { id: string; ifMatch: string | null }[];
  moved: { id: string; ifMatch: string | null; move: MoveBooking }[];
  boardRequests: number;
  queueRequests: number;
}

function refused(request: Request, session: FakeSession) {
  if (!session.me) return problemResponse(401, "authentication_required");
  if (request.headers.get(CSRF_HEADER) !== session.me.csrfToken) return problemResponse(403, "csrf_token_invalid");
  if (!request.headers.get("If-Match")?.match(/^"\d+"$/)) return problemResponse(428, "precondition_required");
  return null;
}

function allBookings(desk: FakeDesk): DeskBooking[] {
  return [...desk.board.bookings, ...desk.queue.sets.flatMap((set) => set.requests)].map((booking) => DeskBooking.parse(booking));
}

/**
 * The front desk's endpoints over `desk` (changed in place as the API would: an approval confirms the request and
 * drops its set from the queue), with the API's CSRF and If-Match checks; records every call.
 */
export function deskHandlers(session: FakeSession, desk: FakeDesk) {
  const calls: DeskCalls = { approved: [], rejected: [], changeRequested: [], checkedIn: [], moved: [], boardRequests: 0, queueRequests: 0 };
  const find = (id: unknown) => allBookings(desk).find((booking) => booking.id === id);
  const handlers = [
    http.get(apiUrl("/desk/centres/:id/day"), () => {
      calls.boardRequests += 1;
      return session.me ? HttpResponse.json(DeskBoard.parse(desk.board)) : problemResponse(401, "authentication_required");
    }),
    http.get(apiUrl("/desk/centres/:id/queue"), () => {
      calls.queueRequests += 1;
      return session.me ? HttpResponse.json(DeskQueue.parse(desk.queue)) : problemResponse(401, "authentication_required");
    }),
    http.post(apiUrl("/desk/bookings/:id/approve"), ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      calls.approved.push({ id: booking.id, ifMatch: request.headers.get("If-Match") });
      const set = desk.queue.sets.find((candidate) => candidate.requests.some((r) => r.id === booking.id));
      const rejected = (set?.requests ?? []).filter((r) => r.id !== booking.id).map((r) => DeskBooking.parse({ ...r, status: "rejected" }));
      desk.queue = { ...desk.queue, sets: desk.queue.sets.filter((candidate) => candidate !== set) };
      const approved = DeskBooking.parse({ ...booking, status: "confirmed", version: booking.version + 1 });
      return HttpResponse.json(Approval.parse({ approved, rejected }));
    }),
    http.post(apiUrl("/desk/bookings/:id/reject"), async ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      const { reason } = RejectBooking.parse(await request.json());
      calls.rejected.push({ id: booking.id, ifMatch: request.headers.get("If-Match"), reason });
      return HttpResponse.json(DeskBooking.parse({ ...booking, status: "rejected", statusReason: reason }));
    }),
    http.post(apiUrl("/desk/bookings/:id/request-change"), async ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      const { message } = RequestChange.parse(await request.json());
      calls.changeRequested.push({ id: booking.id, ifMatch: request.headers.get("If-Match"), message });
      const asked = (r: QueuedRequest) => (r.id === booking.id ? { ...r, statusReason: message, version: r.version + 1 } : r);
      desk.queue = { ...desk.queue, sets: desk.queue.sets.map((set) => ({ ...set, requests: set.requests.map(asked) })) };
      return HttpResponse.json(DeskBooking.parse({ ...booking, statusReason: message, version: booking.version + 1 }));
    }),
    http.post(apiUrl("/desk/bookings/:id/check-in"), ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      calls.checkedIn.push({ id: booking.id, ifMatch: request.headers.get("If-Match") });
      return HttpResponse.json(DeskBooking.parse({ ...booking, status: "checked_in", checkedInAt: "2026-03-12T09:30:00Z" }));
    }),
    http.get(apiUrl("/desk/bookings/:id/alternatives"), ({ params }) => {
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      return HttpResponse.json(DeskAlternatives.parse({ bookingId: booking.id, alternatives: desk.alternatives ?? [] }));
    }),
    http.post(apiUrl("/desk/bookings/:id/move"), async ({ request, params }) => {
      const failure = refused(request, session);
      if (failure) return failure;
      const booking = find(params.id);
      if (!booking) return problemResponse(404, "not_found");
      const move = MoveBooking.parse(await request.json());
      calls.moved.push({ id: booking.id, ifMatch: request.headers.get("If-Match"), move });
      const { spaceId, start, end } = move;
      return HttpResponse.json(DeskBooking.parse({ ...booking, spaceId, start, end, version: booking.version + 1 }));
    }),
    http.get(apiUrl("/spaces"), ({ request }) => {
      const centreId = new URL(request.url).searchParams.get("centreId");
      return HttpResponse.json(SpaceList.parse((desk.spaces ?? []).filter((space) => space.centreId === centreId)));
    }),
  ];
  return { handlers, calls };
}
