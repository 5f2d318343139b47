// The bookings' unit of work: reads outside a transaction, writes inside one with their audit event.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository, type AuditRepository } from "../audit/audit.repository";
import type { Interval, PolicyBooking } from "@sambruk/domain";
import { notify, type NotificationEvent } from "../notifications/notify";
import { loadCentreSnapshot, type LoadedCentre } from "../spaces/centre-snapshot.repository";
import { createSpacesRepository, type SpacesRepository } from "../spaces/spaces.repository";
import { createBookingReferences, type BookingReferences } from "./booking-references.repository";
import { createBookingsRepository, type BookingsRepository } from "./bookings.repository";
import { offerFreedTime } from "../waitlist/offer-freed-time";
import { createWaitlistRepository, type TimeInSpace, type WaitlistRepository } from "../waitlist/waitlist.repository";
import { DEFAULT_WAITLIST_SETTINGS, type WaitlistSettings } from "../waitlist/waitlist-settings";
import { findPolicyBookings, lockPolicyKeys, type PolicyBookingQuery } from "./policy-bookings.repository";

/**
 * Under a burst of requests for the same time, transactions queue for a pooled connection and then for each
 * other's exclusion checks; Prisma's defaults (2 s to start, 5 s to finish) would turn that queue into 500s.
 */
const TRANSACTION_LIMITS = { maxWait: 30_000, timeout: 30_000 };

/** The bookings the shared-use rules count, and the locks that keep those counts true until commit. */
export interface PolicyReads {
  bookings(query: PolicyBookingQuery): Promise<PolicyBooking[]>;
  /** Inside a transaction only: held until it ends. */
  lock(keys: readonly string[]): Promise<void>;
}

export interface BookingWrites {
  bookings: BookingsRepository;
  audit: AuditRepository;
  policy: PolicyReads;
}

/** The bookings' own transaction: the writes, and what a booking's change owes in the same transaction. */
export interface BookingTransaction extends BookingWrites {
  /** Writes the notification in this transaction. */
  notify(event: NotificationEvent, now: Date): Promise<void>;
  /** Keeps the SHA-256 of a confirmed booking's check-in token (the version does not change). */
  keepCheckInToken(bookingId: string, tokenHash: string): Promise<void>;
  /** Offers time that stopped being held to the first in line for it (see offerFreedTime). */
  offerFreedTime(freed: TimeInSpace, now: Date): Promise<void>;
  waitlist: WaitlistRepository;
}

export interface BookingStore extends BookingWrites {
  spaces: SpacesRepository;
  references: BookingReferences;
  loadCentre(centreId: string, range: Interval): Promise<LoadedCentre | null>;
  /** Runs the work in one database transaction: every write in it commits together, or none does. */
  transaction<T>(work: (writes: BookingTransaction) => Promise<T>): Promise<T>;
}

export function createBookingStore(prisma: PrismaClient, waitlist: WaitlistSettings = DEFAULT_WAITLIST_SETTINGS): BookingStore {
  return {
    bookings: createBookingsRepository(prisma),
    audit: createAuditRepository(prisma),
    policy: policyReads(prisma),
    spaces: createSpacesRepository(prisma),
    references: createBookingReferences(prisma),
    loadCentre: (centreId, range) => loadCentreSnapshot(prisma, centreId, range),
    transaction: (work) =>
      prisma.$transaction(
        (tx) =>
          work({
            bookings: createBookingsRepository(tx),
            audit: createAuditRepository(tx),
            policy: policyReads(tx),
            notify: (event, now) => notify(tx, event, now),
            // Raw, so the booking's updatedAt stays its creation time: what the client was answered.
            keepCheckInToken: async (id, checkInTokenHash) => {
              await tx.$executeRaw(Prisma.sql`UPDATE "booking" SET "check_in_token_hash" = ${checkInTokenHash} WHERE "id" = ${id}::uuid`);
            },
            offerFreedTime: async (freed, now) => {
              await offerFreedTime(tx, freed, now, waitlist);
            },
            waitlist: createWaitlistRepository(tx),
          }),
        TRANSACTION_LIMITS,
      ),
  };
}

function policyReads(db: PrismaClient | Prisma.TransactionClient): PolicyReads {
  return { bookings: (query) => findPolicyBookings(db, query), lock: (keys) => lockPolicyKeys(db, keys) };
}
