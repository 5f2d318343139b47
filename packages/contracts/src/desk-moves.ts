// The front desk's moves: alternatives for a booking, moving it, booking on someone's behalf (a walk-in), bumping
// a lower tier with notice, and the offers a bumped booker accepts from the e-mail link.
import { z } from "zod";
import { Alternative, CreateBooking } from "./bookings";
import { Id, Instant } from "./common";
import { DeskBooking } from "./desk";

/** GET /desk/bookings/{id}/alternatives: where the booking could go instead, ranked, each bookable now. */
export const DeskAlternatives = z.object({ bookingId: Id, alternatives: z.array(Alternative) });
export type DeskAlternatives = z.infer<typeof DeskAlternatives>;

/** POST /desk/bookings/{id}/move (If-Match): the new space and time, and why (shown to the booker). */
export const MoveBooking = z
  .strictObject({
    spaceId: Id,
    start: Instant,
    end: Instant,
    reason: z.string().trim().min(1).max(500),
  })
  .superRefine((move, ctx) => {
    if (!(Date.parse(move.end) > Date.parse(move.start))) ctx.addIssue({ code: "custom", path: ["end"], message: "`end` must be after `start`" });
  });
export type MoveBooking = z.infer<typeof MoveBooking>;

/** An admin's reason to bump with less notice than the rules require; kept in the audit log. */
export const BumpOverride = z.strictObject({ justification: z.string().trim().min(10).max(500) });

/**
 * POST /desk/bookings: a booking made at the desk for an organisation (a walk-in, or the house's own need).
 * With `bump`, the confirmed bookings of lower tiers in the way are bumped in the same transaction, each offered
 * its best alternatives; without it, a booking in the way is 409 `booking_conflict` as for anyone.
 */
export const DeskCreateBooking = CreateBooking.omit({ dropIn: true }).extend({
  bump: z
    .strictObject({
      /** Why the time is needed: shown to each bumped booker. */
      reason: z.string().trim().min(1).max(500),
      /** Only an admin may set the notice rule aside. */
      override: BumpOverride.optional(),
    })
    .optional(),
});
export type DeskCreateBooking = z.infer<typeof DeskCreateBooking>;

export const OfferStatus = z.enum(["open", "accepted", "withdrawn", "expired"]);
export type OfferStatus = z.infer<typeof OfferStatus>;

/** An alternative offered to a bumped booker: taking it books that space and time for them. */
export const Offer = Alternative.extend({
  id: Id,
  /** The booking that was bumped. */
  bookingId: Id,
  rank: z.number().int().min(1),
  status: OfferStatus,
  expiresAt: Instant,
});
export type Offer = z.infer<typeof Offer>;

/** A booking the desk bumped, and what it was offered instead. */
export const BumpedBooking = z.object({ booking: DeskBooking, offers: z.array(Offer) });
export type BumpedBooking = z.infer<typeof BumpedBooking>;

/** 201 of POST /desk/bookings: the new booking, and every booking it bumped. */
export const DeskBookingCreated = z.object({ booking: DeskBooking, bumped: z.array(BumpedBooking) });
export type DeskBookingCreated = z.infer<typeof DeskBookingCreated>;

/** 422 `bump_refused`: the rule that refuses the bump (codes of the domain's front desk), for each booking in the way. */
export const BumpRefusal = z.object({
  bookingId: Id,
  code: z.enum(["bump_lower_tier_only", "bump_notice_too_short", "override_needs_justification"]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type BumpRefusal = z.infer<typeof BumpRefusal>;

/** /offers/{id}: the id of the offer. */
export const OfferPathParams = z.strictObject({ id: Id });

/** GET|POST /offers/{id}?token=: the token of the e-mail's link. */
export const OfferTokenQuery = z.strictObject({ token: z.string().min(20).max(200) });
export type OfferTokenQuery = z.infer<typeof OfferTokenQuery>;

/** What the offer's link shows: no more than the bumped booker already knows. */
export const OfferView = z.object({
  id: Id,
  status: OfferStatus,
  expiresAt: Instant,
  title: z.string(),
  /** The bumped booking's place and time. */
  was: z.object({ centreName: z.string(), spaceName: z.string(), start: Instant, end: Instant }),
  /** The offered place and time. */
  offered: z.object({ centreId: Id, centreName: z.string(), spaceId: Id, spaceName: z.string(), start: Instant, end: Instant }),
});
export type OfferView = z.infer<typeof OfferView>;

/** POST /offers/{id}/accept?token=: the new booking (confirmed); the bumped booking's other offers are withdrawn. */
export const OfferAccepted = z.object({ offerId: Id, bookingId: Id, status: z.literal("confirmed"), start: Instant, end: Instant });
export type OfferAccepted = z.infer<typeof OfferAccepted>;
