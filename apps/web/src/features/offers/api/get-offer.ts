import { queryOptions, useQuery } from "@tanstack/react-query";
import { OfferView } from "@sambruk/contracts";
import { apiGet } from "../../../lib/api-client";
import { offerKeys } from "./offer-keys";

/** GET /offers/{id}?token=: what the bumped booker had, what is offered instead, and whether it is still open. */
export function getOffer(id: string, token: string, signal?: AbortSignal): Promise<OfferView> {
  const search = new URLSearchParams({ token }).toString();
  return apiGet(`/offers/${encodeURIComponent(id)}?${search}`, OfferView, signal);
}

export function offerQueryOptions(id: string, token: string) {
  return queryOptions({
    queryKey: offerKeys.detail(id, token),
    queryFn: ({ signal }) => getOffer(id, token, signal),
  });
}

export function useOffer(id: string, token: string) {
  return useQuery(offerQueryOptions(id, token));
}
