// A waitlist for a taken slot: when the slot frees up, it is offered to one person at a time, in queue order.
import type { PriorityTier } from "../policy/priority";

const MINUTE_MS = 60_000;

export interface WaitlistEntry {
  id: string;
  /** When they joined the waitlist. */
  requestedAt: Date;
  /** Their priority tier, shown to the front desk; it does not reorder the queue (see `waitlistOrder`). */
  tier?: PriorityTier;
}

export interface WaitlistOffer {
  entryId: string;
  madeAt: Date;
  /** Absent while unanswered. Record an acceptance only while the offer is open (`isOfferOpen`). */
  response?: "accepted" | "declined";
}

export type NextOffer =
  | { offerTo: string; expiresAt: Date; /** False when it is the offer already running. */ isNew: boolean }
  | { done: "accepted" | "exhausted" };

/**
 * First come, first served: by `requestedAt`, then id. The tier does not reorder the queue: people who queued
 * for a slot that was already taken were told where they stand, and moving a later, higher-tier entry ahead of
 * them would be unfair to them. A higher tier that needs the slot has its own, audited way: the front desk can
 * bump (with notice), which the waitlist does not replace.
 */
export function waitlistOrder<E extends WaitlistEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** When an offer lapses: `offerMinutes` after it was made (negative or nonsense minutes count as 0). */
export function offerExpiresAt(offer: Pick<WaitlistOffer, "madeAt">, offerMinutes: number): Date {
  const minutes = Number.isFinite(offerMinutes) ? Math.max(0, offerMinutes) : 0;
  return new Date(offer.madeAt.getTime() + minutes * MINUTE_MS);
}

/** True while the offer is unanswered and not yet expired. */
export function isOfferOpen(offer: WaitlistOffer, now: Date, offerMinutes: number): boolean {
  return offer.response === undefined && now.getTime() < offerExpiresAt(offer, offerMinutes).getTime();
}

/**
 * Who has the slot on offer at `now`, given the offers made so far. An accepted offer ends the queue; an open
 * offer keeps running; after an expired or declined one the slot goes to the first entry in line that has not
 * been offered it yet (a new offer, expiring `offerMinutes` from now). Nobody is offered the slot twice. Open or
 * declined offers to entries no longer on the list are ignored (they left the queue); an acceptance still counts.
 */
export function nextOffer(
  entries: readonly WaitlistEntry[],
  offers: readonly WaitlistOffer[],
  now: Date,
  offerMinutes: number,
): NextOffer {
  const onList = new Set(entries.map((e) => e.id));
  const relevant = offers.filter((o) => onList.has(o.entryId));
  if (offers.some((o) => o.response === "accepted")) return { done: "accepted" };
  const open = relevant.filter((o) => isOfferOpen(o, now, offerMinutes)).sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime())[0];
  if (open) return { offerTo: open.entryId, expiresAt: offerExpiresAt(open, offerMinutes), isNew: false };
  const offered = new Set(relevant.map((o) => o.entryId));
  const next = waitlistOrder(entries).find((e) => !offered.has(e.id));
  if (!next) return { done: "exhausted" };
  return { offerTo: next.id, expiresAt: offerExpiresAt({ madeAt: now }, offerMinutes), isNew: true };
}
