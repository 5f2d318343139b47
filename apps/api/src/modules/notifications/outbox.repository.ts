// The outbox table as the worker sees it: claim due messages under a lease, then record the outcome.
import { Prisma, type PrismaClient } from "../../generated/prisma/client";

export interface ClaimedMessage {
  id: string;
  toAddress: string;
  locale: string;
  subject: string;
  textBody: string;
  ics: string | null;
  messageId: string;
  attempts: number;
}

/** Sent messages are kept this long (they hold an address), then deleted by the housekeeping sweep. */
export const SENT_RETENTION_DAYS = 30;

export function createOutboxRepository(db: PrismaClient) {
  return {
    /**
     * Claims up to `limit` due messages in one statement: rows another worker holds are skipped (SKIP LOCKED),
     * and the claim is a lease until `lockedUntil`, so a crashed worker's messages come due again.
     */
    async claimDue(now: Date, lockedUntil: Date, limit: number): Promise<ClaimedMessage[]> {
      return db.$queryRaw<ClaimedMessage[]>(Prisma.sql`
        UPDATE outbox_message SET locked_until = ${lockedUntil}
        WHERE id IN (
          SELECT id FROM outbox_message
          WHERE status = 'pending' AND next_attempt_at <= ${now} AND (locked_until IS NULL OR locked_until <= ${now})
          ORDER BY next_attempt_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING id, to_address AS "toAddress", locale, subject, text_body AS "textBody", ics, message_id AS "messageId", attempts`);
    },

    /** Sent: only while the claim is ours (a lease that ran out may have passed the row on). */
    async markSent(id: string, lockedUntil: Date, now: Date): Promise<void> {
      await db.outboxMessage.updateMany({
        where: { id, status: "pending", lockedUntil },
        data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lockedUntil: null, lastError: null },
      });
    },

    /** A failed attempt: try again at `nextAttemptAt`, or give up (`failed`). */
    async markAttemptFailed(id: string, lockedUntil: Date, outcome: { error: string; nextAttemptAt: Date | null }): Promise<void> {
      await db.outboxMessage.updateMany({
        where: { id, status: "pending", lockedUntil },
        data: {
          attempts: { increment: 1 },
          lastError: outcome.error.slice(0, 1000),
          lockedUntil: null,
          ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : { status: "failed" }),
        },
      });
    },
  };
}

/**
 * Retention: deletes messages sent more than SENT_RETENTION_DAYS ago, and those never sent (no mail server
 * configured, or given up on) created that long ago: each holds an address, and news a month old is no news.
 * Returns how many.
 */
export async function deleteOldOutboxMessages(db: Pick<PrismaClient, "outboxMessage">, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SENT_RETENTION_DAYS * 24 * 3_600_000);
  const { count } = await db.outboxMessage.deleteMany({
    where: { OR: [{ status: "sent", sentAt: { lt: before } }, { status: { in: ["pending", "failed"] }, createdAt: { lt: before } }] },
  });
  return count;
}
