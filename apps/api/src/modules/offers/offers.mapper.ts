import type { Offer, OfferStatus, OfferView } from "@sambruk/contracts";
import type { OfferDetail, OfferRecord } from "./offers.repository";

/** Accepted or withdrawn as stored; else open until it expires (at the bumped booking's start). */
export function offerStatusOf(offer: Pick<OfferRecord, "acceptedAt" | "withdrawnAt" | "expiresAt">, now: Date): OfferStatus {
  if (offer.acceptedAt) return "accepted";
  if (offer.withdrawnAt) return "withdrawn";
  return now.getTime() < offer.expiresAt.getTime() ? "open" : "expired";
}

export function offerDtoOf(offer: OfferRecord, now: Date): Offer {
  return {
    id: offer.id,
    bookingId: offer.bookingId,
    kind: offer.kind,
    centreId: offer.centreId,
    spaceId: offer.spaceId,
    start: offer.start.toISOString(),
    end: offer.end.toISOString(),
    rank: offer.rank,
    status: offerStatusOf(offer, now),
    expiresAt: offer.expiresAt.toISOString(),
  };
}

/** The link's view: the place and time the booker had and the one offered, nothing of anyone else. */
export function offerViewOf(offer: OfferDetail, now: Date): OfferView {
  return {
    id: offer.id,
    status: offerStatusOf(offer, now),
    expiresAt: offer.expiresAt.toISOString(),
    title: offer.was.title,
    was: { centreName: offer.was.centreName, spaceName: offer.was.spaceName, start: offer.was.start.toISOString(), end: offer.was.end.toISOString() },
    offered: { centreId: offer.centreId, centreName: offer.centreName, spaceId: offer.spaceId, spaceName: offer.spaceName, start: offer.start.toISOString(), end: offer.end.toISOString() },
  };
}
