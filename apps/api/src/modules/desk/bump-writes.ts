// Inside the bump's transaction, for each booking in the way: status `bumped` (version + 1) with the reason, the
// audit event (with an admin's justification when the notice rule was set aside), its offers under one random
// token (only the SHA-256 stored), and the booker's notification with a link to accept each.
import type { Actor } from "@sambruk/domain";
import { hashToken, newToken } from "../auth/session-token";
import { auditJsonOf } from "../bookings/bookings.mapper";
import type { OfferRecord } from "../offers/offers.repository";
import type { PlannedBump } from "./bump-plan";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { DeskMovesWrites } from "./desk-moves-store.repository";

export interface BumpContext {
  actor: Actor;
  reason: string;
  justification: string | undefined;
  /** The booking that takes the time. */
  byBookingId: string;
  now: Date;
  publicUrl: string;
  requestId: string | null;
}

/** Frees the time before the new booking is inserted; null when the booking changed since it was judged. */
export function bumpStatus(tx: DeskMovesWrites, before: DeskBookingRecord, reason: string): Promise<DeskBookingRecord | null> {
  return tx.desk.changeStatus(before.id, { from: ["confirmed", "checked_in"], version: before.version }, { status: "bumped", statusReason: reason });
}

/** Once the new booking exists: the bump's audit event, its offers and the booker's notification. */
export async function recordBump(tx: DeskMovesWrites, bump: PlannedBump, after: DeskBookingRecord, context: BumpContext): Promise<OfferRecord[]> {
  const { before } = bump;
  await tx.audit.record({
    actorId: context.actor.userId,
    actingOrganisationId: before.organisation.id,
    centreId: before.centreId,
    action: "booking.bumped",
    entityType: "booking",
    entityId: before.id,
    before: auditJsonOf(before),
    after: {
      ...auditJsonOf(after),
      statusReason: context.reason,
      bumpedBy: context.byBookingId,
      ...(bump.overridden ? { overrideJustification: context.justification ?? null } : {}),
    },
    requestId: context.requestId,
  });
  const token = newToken();
  const tokenHash = hashToken(token);
  const offers: OfferRecord[] = [];
  for (const [index, alternative] of bump.alternatives.entries()) {
    const { kind, spaceId, start, end } = alternative;
    offers.push(await tx.offers.insert({ bookingId: before.id, kind, rank: index + 1, spaceId, start, end, tokenHash, expiresAt: before.start }));
  }
  const alternatives = offers.map((offer) => ({ spaceId: offer.spaceId, start: offer.start, end: offer.end, acceptUrl: acceptUrlOf(context.publicUrl, offer.id, token) }));
  await tx.notify({ kind: "booking_bumped", bookingId: before.id, userId: before.bookedById, params: { reason: context.reason, deadline: before.start, alternatives } }, context.now);
  return offers;
}

/** The web app's offer page, which shows the offer and posts the token to accept it. */
export function acceptUrlOf(publicUrl: string, offerId: string, token: string): string {
  const url = new URL(`/tilbud/${offerId}`, publicUrl);
  url.searchParams.set("token", token);
  return url.toString();
}
