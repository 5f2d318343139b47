// The unit of work of the desk's moves, bumps and accepted offers: the booking writes (insert, move, the rules'
// counts under their locks), the desk's status changes, the offers, the audit trail and the notifications, all
// in one transaction.
import type { PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository } from "../audit/audit.repository";
import type { BookingWrites } from "../bookings/booking-store.repository";
import { createBookingsRepository } from "../bookings/bookings.repository";
import { findPolicyBookings, lockPolicyKeys } from "../bookings/policy-bookings.repository";
import { notify, type NotificationEvent } from "../notifications/notify";
import { createOffersRepository, type OffersRepository } from "../offers/offers.repository";
import { lockClaimedTimes, type ClaimedTime } from "./desk-locks.repository";
import { createDeskBookingsRepository, type DeskBookingsRepository } from "./desk-bookings.repository";
import { createDeskPlacesRepository, type DeskPlacesRepository } from "./desk-places.repository";

/** Bumps queue behind each other's locks; Prisma's default limits would turn a queue into 500s. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

export interface DeskMovesReads {
  desk: DeskBookingsRepository;
  offers: OffersRepository;
  places: DeskPlacesRepository;
}

export interface DeskMovesWrites extends BookingWrites, DeskMovesReads {
  /** Writes the notification in this transaction. */
  notify(event: NotificationEvent, now: Date): Promise<void>;
  /** See lockClaimedTimes. */
  lockTimes(times: readonly ClaimedTime[]): Promise<void>;
}

export interface DeskMovesStore extends DeskMovesReads {
  transaction<T>(work: (writes: DeskMovesWrites) => Promise<T>): Promise<T>;
}

export function createDeskMovesStore(prisma: PrismaClient): DeskMovesStore {
  return {
    desk: createDeskBookingsRepository(prisma),
    offers: createOffersRepository(prisma),
    places: createDeskPlacesRepository(prisma),
    transaction: (work) =>
      prisma.$transaction(
        (tx) =>
          work({
            bookings: createBookingsRepository(tx),
            audit: createAuditRepository(tx),
            policy: { bookings: (query) => findPolicyBookings(tx, query), lock: (keys) => lockPolicyKeys(tx, keys) },
            desk: createDeskBookingsRepository(tx),
            offers: createOffersRepository(tx),
            places: createDeskPlacesRepository(tx),
            notify: (event, now) => notify(tx, event, now),
            lockTimes: (times) => lockClaimedTimes(tx, times),
          }),
        TRANSACTION_LIMITS,
      ),
  };
}
