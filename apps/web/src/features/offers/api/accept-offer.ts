import { useMutation, useQueryClient } from "@tanstack/react-query";
import { OfferAccepted } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { offerKeys } from "./offer-keys";

export interface AcceptOfferVariables {
  id: string;
  /** The token from the e-mail's link. */
  token: string;
}

/** POST /offers/{id}/accept?token=: books the offered time; the booking's other offers are withdrawn. */
export function acceptOffer({ id, token }: AcceptOfferVariables): Promise<OfferAccepted> {
  const search = new URLSearchParams({ token }).toString();
  return apiSend("POST", `/offers/${encodeURIComponent(id)}/accept?${search}`, undefined, OfferAccepted);
}

/** Accepting settles the offer either way: a refusal (taken, expired) is read again to show its new status. */
export function useAcceptOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptOffer,
    onError: (_error, { id, token }) => queryClient.invalidateQueries({ queryKey: offerKeys.detail(id, token) }),
  });
}
