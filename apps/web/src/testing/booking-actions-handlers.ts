import {
  ActivityTypeList,
  Booking,
  BookingContext,
  CSRF_HEADER,
  UpdateBooking,
  type BookingDetail,
} from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { buildActivityType, buildBookingContext, buildSpace } from "./booking-factories";
import { apiUrl, problemResponse } from "./handlers";

/** One write the fake API received: which, to what, with which version and token. */
export interface BookingWrite {
  kind: "cancel" | "update";
  id: string;
  ifMatch: string | null;
  csrf: string | null;
  body?: UpdateBooking;
}

interface Options {
  /** Answer a cancel differently (a problem, say); `undefined` does what the API would. */
  cancel?: (booking: BookingDetail) => Response | undefined;
  /** Answer a PATCH differently; `undefined` applies it as the API would. */
  update?: (booking: BookingDetail, patch: UpdateBooking) => Response | undefined;
}

const toBooking = (booking: BookingDetail) => HttpResponse.json(Booking.parse(booking), { headers: { ETag: `"${String(booking.version)}"` } });

/**
 * POST /bookings/:id/cancel and PATCH /bookings/:id over `store` (the same array GET /me/bookings serves),
 * with the API's If-Match check (412 on a stale version); records every write in `writes`.
 */
export function bookingActionsHandlers(store: BookingDetail[], options: Options = {}) {
  const writes: BookingWrite[] = [];
  const record = (kind: BookingWrite["kind"], request: Request, id: string, body?: UpdateBooking) => {
    writes.push({ kind, id, ifMatch: request.headers.get("If-Match"), csrf: request.headers.get(CSRF_HEADER), ...(body ? { body } : {}) });
  };
  const find = (id: string) => store.findIndex((booking) => booking.id === id);
  const replace = (index: number, next: BookingDetail) => {
    store[index] = next;
    return toBooking(next);
  };

  const handlers = [
    http.post(apiUrl("/bookings/:id/cancel"), ({ request, params }) => {
      const id = String(params.id);
      record("cancel", request, id);
      const index = find(id);
      const booking = store[index];
      if (!booking) return problemResponse(404, "not_found");
      const answer = options.cancel?.(booking);
      if (answer) return answer;
      if (request.headers.get("If-Match") !== `"${String(booking.version)}"`) return problemResponse(412, "precondition_failed");
      return replace(index, { ...booking, status: "cancelled", version: booking.version + 1 });
    }),
    http.patch(apiUrl("/bookings/:id"), async ({ request, params }) => {
      const id = String(params.id);
      const patch = UpdateBooking.parse(await request.json());
      record("update", request, id, patch);
      const index = find(id);
      const booking = store[index];
      if (!booking) return problemResponse(404, "not_found");
      const answer = options.update?.(booking, patch);
      if (answer) return answer;
      if (request.headers.get("If-Match") !== `"${String(booking.version)}"`) return problemResponse(412, "precondition_failed");
      const { description, ...rest } = patch;
      return replace(index, {
        ...booking,
        ...rest,
        ...(description === undefined ? {} : { description }),
        version: booking.version + 1,
      });
    }),
  ];
  return { handlers, writes };
}

/** jsdom has <dialog> but not showModal/close: just enough of them for the edit dialog. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (typeof proto.showModal !== "function") {
    proto.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute("open", "");
    };
  }
  if (typeof proto.close !== "function") {
    proto.close = function close(this: HTMLDialogElement) {
      this.removeAttribute("open");
      this.dispatchEvent(new Event("close"));
    };
  }
}

/**
 * GET /spaces/:id/booking-context and GET /activity-types for checking a move of `booking` in the browser: its
 * space (open weekdays 08–21) and its activity type; `context` changes what the rules read. Records each query.
 */
export function ruleContextHandlers(booking: BookingDetail, context: Partial<BookingContext> = {}) {
  const space = buildSpace({ id: booking.spaceId, centreId: booking.centreId });
  const queries: URLSearchParams[] = [];
  const handlers = [
    http.get(apiUrl("/spaces/:id/booking-context"), ({ request, params }) => {
      if (params.id !== space.id) return problemResponse(404, "not_found");
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(BookingContext.parse(buildBookingContext(space, context)));
    }),
    http.get(apiUrl("/activity-types"), () =>
      HttpResponse.json(ActivityTypeList.parse([buildActivityType({ id: booking.activityTypeId })])),
    ),
  ];
  return { handlers, queries };
}
