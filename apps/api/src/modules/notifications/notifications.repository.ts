// The notification tables: the in-app list and the rows `notify` writes. Takes the client or a transaction.
import type { Prisma } from "../../generated/prisma/client";
import type { Locale, NotificationBooking, NotificationPlace } from "@sambruk/domain";
import { isLocale } from "@sambruk/domain";

type Db = Prisma.TransactionClient;

/** The client or transaction `notify` writes with (a decision's own transaction). */
export type NotificationsTransaction = Prisma.TransactionClient;

export interface Recipient {
  id: string;
  email: string | null;
  locale: Locale;
}

export interface NotificationRecord {
  id: string;
  kind: string;
  bookingId: string | null;
  params: unknown;
  createdAt: Date;
  readAt: Date | null;
}

export interface NewOutboxMessage {
  id: string;
  kind: string;
  userId: string;
  toAddress: string;
  locale: Locale;
  subject: string;
  textBody: string;
  ics: string | null;
  messageId: string;
  nextAttemptAt: Date;
  createdAt: Date;
}

/** At most this many notifications in the in-app list. */
export const NOTIFICATION_LIST_LIMIT = 50;

const place = (space: { name: string; centre: { name: string } }, discreet: boolean): NotificationPlace => ({
  centreName: space.centre.name,
  spaceName: discreet ? null : space.name,
});

export function createNotificationsRepository(db: Db) {
  return {
    async findRecipient(userId: string): Promise<Recipient | null> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
      if (!user) return null;
      return { id: user.id, email: user.email?.trim() || null, locale: isLocale(user.locale) ? user.locale : "nb" };
    },

    /** The booking as a message shows it, with whether it is discreet (then no space is named). */
    async findBookingSummary(bookingId: string): Promise<{ booking: NotificationBooking; discreet: boolean } | null> {
      const row = await db.booking.findUnique({
        where: { id: bookingId },
        select: {
          title: true,
          startsAt: true,
          endsAt: true,
          activityType: { select: { sensitivity: true } },
          space: { select: { name: true, centre: { select: { name: true } } } },
        },
      });
      if (!row) return null;
      const discreet = row.activityType.sensitivity !== "open";
      return { discreet, booking: { title: row.title, startsAt: row.startsAt, endsAt: row.endsAt, ...place(row.space, discreet) } };
    },

    async findPlaces(spaceIds: readonly string[], discreet: boolean): Promise<Map<string, NotificationPlace>> {
      const spaces = await db.space.findMany({ where: { id: { in: [...spaceIds] } }, select: { id: true, name: true, centre: { select: { name: true } } } });
      return new Map(spaces.map((space) => [space.id, place(space, discreet)]));
    },

    async insertNotification(row: { userId: string; kind: string; bookingId: string | null; params: Record<string, unknown>; createdAt: Date }): Promise<void> {
      await db.notification.create({ data: { ...row, params: row.params as Prisma.InputJsonValue }, select: { id: true } });
    },

    async insertOutboxMessage(row: NewOutboxMessage): Promise<void> {
      await db.outboxMessage.create({ data: row, select: { id: true } });
    },

    async listFor(userId: string): Promise<NotificationRecord[]> {
      return db.notification.findMany({
        where: { userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: NOTIFICATION_LIST_LIMIT,
        select: { id: true, kind: true, bookingId: true, params: true, createdAt: true, readAt: true },
      });
    },

    async findOne(userId: string, id: string): Promise<NotificationRecord | null> {
      return db.notification.findFirst({ where: { id, userId }, select: { id: true, kind: true, bookingId: true, params: true, createdAt: true, readAt: true } });
    },

    /** Marks one of the user's notifications read (keeps an earlier readAt); false when the user has none with the id. */
    async markRead(userId: string, id: string, now: Date): Promise<boolean> {
      const { count } = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: now } });
      if (count > 0) return true;
      return (await db.notification.count({ where: { id, userId } })) > 0;
    },

    async markAllRead(userId: string, now: Date): Promise<number> {
      const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
      return count;
    },

    async findLocale(userId: string): Promise<Locale> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
      return user && isLocale(user.locale) ? user.locale : "nb";
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
