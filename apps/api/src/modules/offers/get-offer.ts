// GET /offers/{id}?token=: the offer behind the e-mail's link. The token is compared with the stored hash in
// constant time; a wrong one is 403, as for the check-in link.
import { forbidden } from "../../http/actor";
import { notFound } from "../../http/problem";
import { hashToken, sameSecret } from "../auth/session-token";
import type { OfferDetail } from "./offers.repository";
import type { OffersDeps } from "./offers.deps";

export async function openOffer(deps: OffersDeps, id: string, token: string): Promise<OfferDetail> {
  const offer = await deps.moves.offers.findById(id);
  if (!offer) throw notFound(`No offer with id ${id}.`);
  if (!sameSecret(hashToken(token), offer.tokenHash)) throw forbidden("This link does not open this offer.");
  return offer;
}
