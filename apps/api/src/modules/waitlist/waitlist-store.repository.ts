// The waitlist's unit of work: reads outside a transaction; an entry's changes inside one, with the offers of
// the time they free, so a decline and the next offer commit together.
import type { PrismaClient } from "../../generated/prisma/client";
import { offerFreedTime } from "./offer-freed-time";
import { createWaitlistRepository, type TimeInSpace, type WaitlistRecord, type WaitlistRepository } from "./waitlist.repository";
import type { WaitlistSettings } from "./waitlist-settings";

/** Offers queue behind the units' advisory locks; Prisma's default limits would turn a queue into 500s. */
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

export interface WaitlistWrites {
  waitlist: WaitlistRepository;
  /** See offerFreedTime: the entries offered. */
  offerFreedTime(freed: TimeInSpace, now: Date): Promise<WaitlistRecord[]>;
}

export interface WaitlistStore {
  waitlist: WaitlistRepository;
  transaction<T>(work: (writes: WaitlistWrites) => Promise<T>): Promise<T>;
}

export function createWaitlistStore(prisma: PrismaClient, settings: WaitlistSettings): WaitlistStore {
  return {
    waitlist: createWaitlistRepository(prisma),
    transaction: (work) =>
      prisma.$transaction(
        (tx) => work({ waitlist: createWaitlistRepository(tx), offerFreedTime: (freed, now) => offerFreedTime(tx, freed, now, settings) }),
        TRANSACTION_LIMITS,
      ),
  };
}
