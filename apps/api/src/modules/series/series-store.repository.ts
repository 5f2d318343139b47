// The series' unit of work: the series, its bookings, their audit events and the shared-use rules' reads,
// all on one transaction, so a series is written whole or not at all.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository } from "../audit/audit.repository";
import type { BookingWrites } from "../bookings/booking-store.repository";
import { createBookingsRepository } from "../bookings/bookings.repository";
import { findPolicyBookings, lockPolicyKeys } from "../bookings/policy-bookings.repository";
import { createSeriesRepository, type SeriesRepository } from "./series.repository";

/** A series writes up to a few hundred rows and takes a lock per week: more time than a single booking. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

export interface SeriesWrites extends BookingWrites {
  series: SeriesRepository;
}

export interface SeriesStore {
  series: SeriesRepository;
  /** Runs the work in one database transaction: every write in it commits together, or none does. */
  transaction<T>(work: (writes: SeriesWrites) => Promise<T>): Promise<T>;
}

export function createSeriesStore(prisma: PrismaClient): SeriesStore {
  return {
    series: createSeriesRepository(prisma),
    transaction: (work) => prisma.$transaction((tx) => work(writesOn(tx)), TRANSACTION_LIMITS),
  };
}

function writesOn(tx: Prisma.TransactionClient): SeriesWrites {
  return {
    series: createSeriesRepository(tx),
    bookings: createBookingsRepository(tx),
    audit: createAuditRepository(tx),
    policy: { bookings: (query) => findPolicyBookings(tx, query), lock: (keys) => lockPolicyKeys(tx, keys) },
  };
}
