// POST /offers/{id}/accept?token=: the bumped booker takes an offer. One transaction: a confirmed booking like the
// bumped one at the offered place and time (the desk's offer stands in for the notice and horizon rules; the
// exclusion constraint still forbids overlap), the offer marked taken (one per bumped booking, by the partial
// unique index), the other offers withdrawn, the audit event and a confirmation with a check-in link.
import type { OfferAccepted } from "@sambruk/contracts";
import { isExclusionViolation, isUniqueViolation } from "../../db/sql-state";
import { auditJsonOf } from "../bookings/bookings.mapper";
import { newCheckInLink } from "../desk/check-in-link";
import { offerUnavailable } from "../desk/desk-moves-problems";
import { openOffer } from "./get-offer";
import { offerStatusOf } from "./offers.mapper";
import type { OffersDeps } from "./offers.deps";

export async function acceptOffer(deps: OffersDeps, id: string, token: string, requestId: string | null): Promise<OfferAccepted> {
  const offer = await openOffer(deps, id, token);
  try {
    return await deps.moves.transaction(async (tx) => {
      const now = deps.now();
      const bumped = await tx.desk.findById(offer.bookingId);
      if (!bumped || bumped.status !== "bumped") throw offerUnavailable("The booking this offer replaces is no longer bumped.");
      const fresh = await tx.offers.findById(id);
      if (!fresh || offerStatusOf(fresh, now) !== "open") throw offerUnavailable(`The offer is ${fresh ? offerStatusOf(fresh, now) : "gone"}.`);
      const created = await tx.bookings.insert(
        {
          spaceId: offer.spaceId,
          organisationId: bumped.organisation.id,
          bookedById: bumped.bookedById,
          activityTypeId: bumped.activityTypeId,
          title: bumped.title,
          description: bumped.description,
          expectedAttendees: bumped.expectedAttendees,
          start: offer.start,
          end: offer.end,
          status: "confirmed",
          visibility: bumped.visibility,
          source: "front_desk",
          bookerKind: bumped.bookerKind,
          idempotencyKey: null,
          requestHash: null,
        },
        { centreId: offer.centreId, organisation: bumped.organisation },
      );
      if (!(await tx.offers.markAccepted(id, now, created.id))) throw offerUnavailable("The offer was taken meanwhile.");
      await tx.offers.withdrawOthers(offer.bookingId, id, now);
      const link = newCheckInLink(deps.publicUrl, created.id);
      await tx.offers.setCheckInTokenHash(created.id, link.tokenHash);
      await tx.audit.record({
        actorId: null,
        actingOrganisationId: bumped.organisation.id,
        centreId: offer.centreId,
        action: "booking.created",
        entityType: "booking",
        entityId: created.id,
        before: null,
        after: { ...auditJsonOf(created), offerId: id, replaces: bumped.id },
        requestId,
      });
      await tx.notify({ kind: "booking_confirmed", bookingId: created.id, userId: bumped.bookedById, params: { checkInUrl: link.url } }, now);
      return { offerId: id, bookingId: created.id, status: "confirmed", start: created.start.toISOString(), end: created.end.toISOString() };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw offerUnavailable("The offered time was taken meanwhile.");
    if (isUniqueViolation(error)) throw offerUnavailable("Another offer for this booking was accepted.");
    throw error;
  }
}
