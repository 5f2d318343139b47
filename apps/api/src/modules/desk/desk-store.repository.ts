// The front desk's unit of work: reads outside a transaction; decisions inside one, with their audit events and
// the notifications they owe, so a decision, its trail and its messages commit together or not at all.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository, type AuditRepository } from "../audit/audit.repository";
import { notify, type NotificationEvent } from "../notifications/notify";
import { offerFreedTime } from "../waitlist/offer-freed-time";
import type { TimeInSpace } from "../waitlist/waitlist.repository";
import type { WaitlistSettings } from "../waitlist/waitlist-settings";
import { createDeskBookingsRepository, type DeskBookingsRepository } from "./desk-bookings.repository";
import { lockReleaseCandidates, lockUnitsOf } from "./desk-locks.repository";
import { createDeskPlacesRepository, type DeskPlacesRepository } from "./desk-places.repository";

/** Decisions queue behind each other's locks; Prisma's default limits (2 s, 5 s) would turn a queue into 500s. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

export interface DeskReads {
  bookings: DeskBookingsRepository;
  places: DeskPlacesRepository;
  /** The `after` of each booking's "booking.created" audit event, by booking id: what the rules found then. */
  creationRecords(bookingIds: readonly string[]): Promise<Map<string, unknown>>;
}

export interface DeskWrites extends DeskReads {
  audit: AuditRepository;
  /** Writes the notification in this transaction. */
  notify(event: NotificationEvent, now: Date): Promise<void>;
  /** See lockUnitsOf. */
  lockUnitsOf(bookingId: string): Promise<void>;
  /** See lockReleaseCandidates. */
  lockReleaseCandidates(now: Date, releaseAfterMinutes: number, limit: number): Promise<string[]>;
  /** Offers time that stopped being held to the first in line for it (see offerFreedTime). */
  offerFreedTime(freed: TimeInSpace, now: Date, settings?: WaitlistSettings): Promise<void>;
}

export interface DeskStore extends DeskReads {
  transaction<T>(work: (writes: DeskWrites) => Promise<T>): Promise<T>;
}

export function createDeskStore(prisma: PrismaClient): DeskStore {
  return {
    ...reads(prisma),
    transaction: (work) =>
      prisma.$transaction(
        (tx) =>
          work({
            ...reads(tx),
            audit: createAuditRepository(tx),
            notify: (event, now) => notify(tx, event, now),
            lockUnitsOf: (bookingId) => lockUnitsOf(tx, bookingId),
            lockReleaseCandidates: (now, minutes, limit) => lockReleaseCandidates(tx, now, minutes, limit),
            offerFreedTime: async (freed, now, settings) => {
              await offerFreedTime(tx, freed, now, settings);
            },
          }),
        TRANSACTION_LIMITS,
      ),
  };
}

function reads(db: Prisma.TransactionClient): DeskReads {
  return {
    bookings: createDeskBookingsRepository(db),
    places: createDeskPlacesRepository(db),
    async creationRecords(bookingIds) {
      if (bookingIds.length === 0) return new Map();
      const rows = await db.auditEvent.findMany({
        where: { entityType: "booking", action: "booking.created", entityId: { in: [...bookingIds] } },
        select: { entityId: true, after: true },
      });
      return new Map(rows.map((row) => [row.entityId, row.after]));
    },
  };
}
