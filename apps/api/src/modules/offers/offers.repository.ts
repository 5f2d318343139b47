// The offers a bumped booking gets: alternatives its booker may take with the e-mail's link, stored with only the
// SHA-256 of the link's token. Accepting one is guarded in SQL (still open) and by the partial unique index
// booking_offer_one_accepted (one accepted offer per bumped booking).
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export type OfferKind = "same_space" | "same_centre" | "other_centre";

export interface NewOffer {
  bookingId: string;
  kind: OfferKind;
  rank: number;
  spaceId: string;
  start: Date;
  end: Date;
  tokenHash: string;
  expiresAt: Date;
}

export interface OfferRecord extends NewOffer {
  id: string;
  centreId: string;
  acceptedAt: Date | null;
  withdrawnAt: Date | null;
  takenBookingId: string | null;
}

/** An offer with the names of both places, for its public view. */
export interface OfferDetail extends OfferRecord {
  centreName: string;
  spaceName: string;
  was: { status: string; title: string; centreName: string; spaceName: string; start: Date; end: Date };
}

export interface OffersRepository {
  insert(offer: NewOffer): Promise<OfferRecord>;
  findById(id: string): Promise<OfferDetail | null>;
  /** Marks the offer taken if it is still neither accepted nor withdrawn; false when it is not. */
  markAccepted(id: string, at: Date, takenBookingId: string): Promise<boolean>;
  /** Withdraws the bumped booking's other open offers. */
  withdrawOthers(bookingId: string, exceptId: string, at: Date): Promise<void>;
  /** The new booking's check-in link, as approve-booking sets it, without a version change (it was just made). */
  setCheckInTokenHash(bookingId: string, tokenHash: string): Promise<void>;
}

const place = { select: { name: true, centre: { select: { id: true, name: true } } } } satisfies Prisma.SpaceDefaultArgs;
const offerSelect = {
  id: true, bookingId: true, kind: true, rank: true, spaceId: true, startsAt: true, endsAt: true, tokenHash: true,
  expiresAt: true, acceptedAt: true, withdrawnAt: true, takenBookingId: true,
  space: place,
} satisfies Prisma.BookingOfferSelect;

type OfferRow = Prisma.BookingOfferGetPayload<{ select: typeof offerSelect }>;

export function createOffersRepository(db: Db): OffersRepository {
  return {
    async insert(offer) {
      const { start, end, ...rest } = offer;
      return toRecord(await db.bookingOffer.create({ data: { ...rest, startsAt: start, endsAt: end }, select: offerSelect }));
    },
    async findById(id) {
      const row = await db.bookingOffer.findUnique({
        where: { id },
        select: { ...offerSelect, booking: { select: { status: true, title: true, startsAt: true, endsAt: true, space: place } } },
      });
      if (!row) return null;
      const { booking } = row;
      return {
        ...toRecord(row),
        centreName: row.space.centre.name,
        spaceName: row.space.name,
        was: { status: booking.status, title: booking.title, centreName: booking.space.centre.name, spaceName: booking.space.name, start: booking.startsAt, end: booking.endsAt },
      };
    },
    async markAccepted(id, at, takenBookingId) {
      const { count } = await db.bookingOffer.updateMany({ where: { id, acceptedAt: null, withdrawnAt: null }, data: { acceptedAt: at, takenBookingId } });
      return count === 1;
    },
    async withdrawOthers(bookingId, exceptId, at) {
      await db.bookingOffer.updateMany({ where: { bookingId, id: { not: exceptId }, acceptedAt: null, withdrawnAt: null }, data: { withdrawnAt: at } });
    },
    async setCheckInTokenHash(bookingId, tokenHash) {
      await db.booking.update({ where: { id: bookingId }, data: { checkInTokenHash: tokenHash }, select: { id: true } });
    },
  };
}

function toRecord(row: OfferRow): OfferRecord {
  const { space, startsAt, endsAt, kind, ...rest } = row;
  return { ...rest, kind: kind as OfferKind, centreId: space.centre.id, start: startsAt, end: endsAt };
}
