import { CheckedIn, CheckInTokenQuery } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { apiUrl, problemResponse } from "./handlers";

/** POST /bookings/{id}/check-in?token=: checked in with the right token, 409 the second time. Records the calls. */
export function checkInHandlers(token: string) {
  const calls: { id: string; token: string }[] = [];
  const handlers = [
    http.post(apiUrl("/bookings/:id/check-in"), ({ request, params }) => {
      const query = CheckInTokenQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
      calls.push({ id: String(params.id), token: query.token });
      if (query.token !== token) return problemResponse(403, "forbidden");
      if (calls.filter((call) => call.token === token).length > 1) return problemResponse(409, "check_in_unavailable");
      return HttpResponse.json(CheckedIn.parse({ id: params.id, status: "checked_in", checkedInAt: "2026-12-01T17:02:00.000Z" }));
    }),
  ];
  return { handlers, calls };
}
