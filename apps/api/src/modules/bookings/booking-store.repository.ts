// The bookings' unit of work: reads outside a transaction, writes inside one with their audit event.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository, type AuditRepository } from "../audit/audit.repository";
import type { Interval, PolicyBooking } from "@sambruk/domain";
import { loadCentreSnapshot, type LoadedCentre } from "../spaces/centre-snapshot.repository";
import { createSpacesRepository, type SpacesRepository } from "../spaces/spaces.repository";
import { createBookingReferences, type BookingReferences } from "./booking-references.repository";
import { createBookingsRepository, type BookingsRepository } from "./bookings.repository";
import { findPolicyBookings, lockPolicyKeys, type PolicyBookingQuery } from "./policy-bookings.repository";

/**
 * Under a burst of requests for the same time, transactions queue for a pooled connection and then for each
 * other's exclusion checks; Prisma's defaults (2 s to start, 5 s to finish) would turn that queue into 500s.
 */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

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

export interface BookingStore extends BookingWrites {
  spaces: SpacesRepository;
  references: BookingReferences;
  loadCentre(centreId: string, range: Interval): Promise<LoadedCentre | null>;
  /** Runs the work in one database transaction: every write in it commits together, or none does. */
  transaction<T>(work: (writes: BookingWrites) => Promise<T>): Promise<T>;
}

export function createBookingStore(prisma: PrismaClient): BookingStore {
  return {
    bookings: createBookingsRepository(prisma),
    audit: createAuditRepository(prisma),
    policy: policyReads(prisma),
    spaces: createSpacesRepository(prisma),
    references: createBookingReferences(prisma),
    loadCentre: (centreId, range) => loadCentreSnapshot(prisma, centreId, range),
    transaction: (work) =>
      prisma.$transaction(
        (tx) => work({ bookings: createBookingsRepository(tx), audit: createAuditRepository(tx), policy: policyReads(tx) }),
        TRANSACTION_LIMITS,
      ),
  };
}

function policyReads(db: PrismaClient | Prisma.TransactionClient): PolicyReads {
  return { bookings: (query) => findPolicyBookings(db, query), lock: (keys) => lockPolicyKeys(db, keys) };
}
