// The personal feeds (calendar_feed): created with the hash of their token, listed and revoked by their owner,
// opened by the hash. The token itself is never stored.
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface FeedRecord {
  id: string;
  organisationId: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A live feed opened by its token: whose bookings it shows, and whether its owner may still see them. */
export interface OpenedFeed {
  ownerId: string;
  organisation: { id: string; name: string; ownerIsMember: boolean } | null;
}

export interface CalendarFeedsRepository {
  create(feed: { tokenHash: string; ownerId: string; organisationId: string | null }): Promise<FeedRecord>;
  /** The owner's feeds that are not revoked, newest first. */
  listLive(ownerId: string): Promise<FeedRecord[]>;
  /** Revokes the owner's live feed; null when there is none with this id (another's, or revoked already). */
  revoke(id: string, ownerId: string, now: Date): Promise<FeedRecord | null>;
  /** The live feed with this token hash, or null. */
  openByTokenHash(tokenHash: string): Promise<OpenedFeed | null>;
}

const feedSelect = { id: true, organisationId: true, createdAt: true, revokedAt: true } satisfies Prisma.CalendarFeedSelect;

export function createCalendarFeedsRepository(db: Db): CalendarFeedsRepository {
  return {
    create: (feed) => db.calendarFeed.create({ data: feed, select: feedSelect }),
    listLive: (ownerId) =>
      db.calendarFeed.findMany({ where: { ownerId, revokedAt: null }, select: feedSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
    async revoke(id, ownerId, now) {
      const { count } = await db.calendarFeed.updateMany({ where: { id, ownerId, revokedAt: null }, data: { revokedAt: now } });
      return count === 1 ? db.calendarFeed.findUnique({ where: { id }, select: feedSelect }) : null;
    },
    async openByTokenHash(tokenHash) {
      const feed = await db.calendarFeed.findUnique({
        where: { tokenHash },
        select: { ownerId: true, revokedAt: true, organisation: { select: { id: true, name: true } } },
      });
      if (!feed || feed.revokedAt) return null;
      if (!feed.organisation) return { ownerId: feed.ownerId, organisation: null };
      const membership = await db.membership.findUnique({
        where: { userId_organisationId: { userId: feed.ownerId, organisationId: feed.organisation.id } },
        select: { role: true },
      });
      return { ownerId: feed.ownerId, organisation: { ...feed.organisation, ownerIsMember: membership !== null } };
    },
  };
}
