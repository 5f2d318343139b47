// A waitlist entry as the wire shows it to its owner.
import type { WaitlistEntry } from "@sambruk/contracts";
import type { WaitlistRecord } from "./waitlist.repository";

export function waitlistEntryDtoOf(entry: WaitlistRecord, position: number | null): WaitlistEntry {
  return {
    id: entry.id,
    centreId: entry.centreId,
    spaceId: entry.spaceId,
    organisationId: entry.organisationId,
    title: entry.title,
    start: entry.start.toISOString(),
    end: entry.end.toISOString(),
    status: entry.status,
    position: entry.status === "waiting" ? position : null,
    offerExpiresAt: entry.status === "offered" ? (entry.offerExpiresAt?.toISOString() ?? null) : null,
    bookingId: entry.bookingId,
    createdAt: entry.createdAt.toISOString(),
  };
}
