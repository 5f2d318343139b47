import {
  AppointmentReceipt,
  CancelAppointmentQuery,
  CancelledAppointment,
  DropInList,
  DropInQuery,
  StaffAppointmentList,
  StaffAppointmentsQuery,
  TakeAppointment,
  type DropIn,
  type StaffAppointment,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import type { FakeSession } from "./auth-handlers";
import { buildAppointmentReceipt } from "./drop-in-factories";
import { apiUrl, problemResponse } from "./handlers";

/** GET /dropins over `windows` (read when asked, so a test may change them), by range and centre; records the queries. */
export function dropInListHandlers(windows: () => DropIn[], queries: DropInQuery[] = []) {
  return [
    http.get(apiUrl("/dropins"), ({ request }) => {
      const query = DropInQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return problemResponse(400, "validation_failed");
      queries.push(query.data);
      const { from, to, centreId } = query.data;
      const found = windows().filter(
        (window) =>
          Date.parse(window.start) < Date.parse(to) &&
          Date.parse(window.end) > Date.parse(from) &&
          (!centreId || window.centre.id === centreId),
      );
      return HttpResponse.json(DropInList.parse(found));
    }),
  ];
}

/** POST /dropins/:id/appointments: the receipt (201), unless `answer` says otherwise; records what was sent. */
export function takeAppointmentHandlers(dropIn: DropIn, answer?: (request: TakeAppointment) => Response | undefined) {
  const sent: TakeAppointment[] = [];
  const handlers = [
    http.post(apiUrl("/dropins/:id/appointments"), async ({ request, params }) => {
      const body = TakeAppointment.parse(await request.json());
      sent.push(body);
      if (params.id !== dropIn.id) return problemResponse(404, "not_found");
      const receipt = buildAppointmentReceipt(dropIn, body.start, {
        mode: body.mode,
        meetingLink: body.mode === "digital" ? "https://meet.example.test/nav-tofte" : null,
      });
      return answer?.(body) ?? HttpResponse.json(AppointmentReceipt.parse(receipt), { status: 201 });
    }),
  ];
  return { handlers, sent };
}

/** DELETE /appointments/:id?token=: cancelled when the token is `token`; 403 otherwise. Records the calls. */
export function cancelAppointmentHandlers(token: string) {
  const calls: { id: string; token: string | undefined }[] = [];
  const handlers = [
    http.delete(apiUrl("/appointments/:id"), ({ request, params }) => {
      const query = CancelAppointmentQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
      calls.push({ id: String(params.id), token: query.token });
      if (query.token !== token) return problemResponse(403, "forbidden");
      return HttpResponse.json(CancelledAppointment.parse({ id: params.id, status: "cancelled" }));
    }),
  ];
  return { handlers, calls };
}

/** GET /appointments?date= for a signed-in session: the appointments on that Oslo date. Records the queries. */
export function staffAppointmentsHandlers(session: FakeSession, byDate: Record<string, StaffAppointment[]>) {
  const queries: StaffAppointmentsQuery[] = [];
  const handlers = [
    http.get(apiUrl("/appointments"), ({ request }) => {
      if (!session.me) return problemResponse(401, "authentication_required");
      const query = StaffAppointmentsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
      queries.push(query);
      return HttpResponse.json(StaffAppointmentList.parse(byDate[query.date] ?? []));
    }),
  ];
  return { handlers, queries };
}
