import { OfferAccepted, OfferTokenQuery, OfferView } from "@sambruk/contracts";
import { http, HttpResponse } from "msw";
import { testId } from "./factories";
import { apiUrl, problemResponse } from "./handlers";

/**
 * An open offer: "Språkkafé" had Møtesalen at Heggedal on Tuesday 17 March 2026, 18:00–20:00 (Oslo), and is
 * offered Møterom 2 at the same time, until the start.
 */
export function buildOfferView(overrides: Partial<OfferView> = {}): OfferView {
  const centreId = testId();
  return OfferView.parse({
    id: testId(),
    status: "open",
    expiresAt: "2026-03-17T17:00:00Z",
    title: "Språkkafé",
    was: { centreName: "Heggedal", spaceName: "Møtesalen", start: "2026-03-17T17:00:00Z", end: "2026-03-17T19:00:00Z" },
    offered: { centreId, centreName: "Heggedal", spaceId: testId(), spaceName: "Møterom 2", start: "2026-03-17T17:00:00Z", end: "2026-03-17T19:00:00Z" },
    ...overrides,
  });
}

/**
 * GET /offers/:id and POST /offers/:id/accept over `offer` (its status changes in place) for the link's `token`:
 * 403 for another token, 409 offer_unavailable once the offer is not open. Records the accepts.
 */
export function offerHandlers(offer: OfferView, token: string) {
  const accepts: { id: string; token: string }[] = [];
  const tokenOf = (request: Request) => OfferTokenQuery.parse(Object.fromEntries(new URL(request.url).searchParams)).token;
  const handlers = [
    http.get(apiUrl("/offers/:id"), ({ request, params }) => {
      if (params.id !== offer.id) return problemResponse(404, "not_found");
      if (tokenOf(request) !== token) return problemResponse(403, "forbidden");
      return HttpResponse.json(OfferView.parse(offer));
    }),
    http.post(apiUrl("/offers/:id/accept"), ({ request, params }) => {
      const given = tokenOf(request);
      accepts.push({ id: String(params.id), token: given });
      if (params.id !== offer.id) return problemResponse(404, "not_found");
      if (given !== token) return problemResponse(403, "forbidden");
      if (offer.status !== "open") return problemResponse(409, "offer_unavailable");
      offer.status = "accepted";
      const accepted = { offerId: offer.id, bookingId: testId(), status: "confirmed", start: offer.offered.start, end: offer.offered.end };
      return HttpResponse.json(OfferAccepted.parse(accepted), { status: 201 });
    }),
  ];
  return { handlers, accepts };
}
