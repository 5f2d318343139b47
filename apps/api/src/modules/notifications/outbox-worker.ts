// Sends the outbox: claims due messages under a lease, hands each to the SMTP transport with its fixed
// Message-ID, and records sent, a retry with exponential backoff, or failed after maxAttempts.
import type { Database } from "../../db/database";
import type { Logger } from "../../http/logger";
import { DEFAULT_MAIL_CONFIG } from "../../config/mail-config";
import { createOutboxRepository, type ClaimedMessage } from "./outbox.repository";

/** What the worker needs of a nodemailer transport. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    messageId: string;
    headers: Record<string, string>;
    attachments: { filename: string; content: string; contentType: string }[];
  }): Promise<unknown>;
}

export interface OutboxWorkerOptions {
  db: Pick<Database, "prisma">;
  transport: MailTransport;
  now?: () => Date;
  /** Messages claimed per round; default 20. */
  batchSize?: number;
  /** How long a claim holds; longer than a send can take. Default 300. */
  leaseSeconds?: number;
  /** Attempts before a message is marked failed; default 8. */
  maxAttempts?: number;
  /** The first retry's delay, doubled each time up to an hour; default 30. */
  backoffSeconds?: number;
  from?: string;
  /** Seconds between rounds for start(); default 10. */
  intervalSeconds?: number;
  logger?: Pick<Logger, "info" | "warn" | "error">;
}

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

export interface OutboxWorker {
  /** One round: claim due messages and send them. */
  runOnce(): Promise<RunResult>;
  /** Rounds every interval until stop(); a round never overlaps the previous one. */
  start(): void;
  /** Stops the rounds and waits for the current one. */
  stop(): Promise<void>;
}

const MAX_BACKOFF_SECONDS = 3600;

/** The delay before the next attempt after `attempts` failed ones (1, 2, …): base · 2^(attempts−1), capped. */
export function backoffSeconds(attempts: number, base: number): number {
  return Math.min(base * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_SECONDS);
}

function toMail(message: ClaimedMessage, from: string): Parameters<MailTransport["sendMail"]>[0] {
  return {
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    messageId: message.messageId,
    headers: { "Content-Language": message.locale, "Auto-Submitted": "auto-generated" },
    attachments: message.ics ? [{ filename: "booking.ics", content: message.ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }] : [],
  };
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 20;
  const leaseMs = (options.leaseSeconds ?? 300) * 1000;
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.backoffSeconds ?? 30;
  const from = options.from ?? DEFAULT_MAIL_CONFIG.from;
  const outbox = createOutboxRepository(options.db.prisma);

  async function deliver(message: ClaimedMessage, lockedUntil: Date, result: RunResult): Promise<void> {
    try {
      await options.transport.sendMail(toMail(message, from));
    } catch (error) {
      const attempts = message.attempts + 1;
      const giveUp = attempts >= maxAttempts;
      const nextAttemptAt = giveUp ? null : new Date(now().getTime() + backoffSeconds(attempts, base) * 1000);
      await outbox.markAttemptFailed(message.id, lockedUntil, { error: error instanceof Error ? error.message : String(error), nextAttemptAt });
      if (giveUp) result.failed++;
      else result.retried++;
      options.logger?.warn({ outboxId: message.id, attempts, err: error, giveUp }, "e-mail not sent");
      return;
    }
    await outbox.markSent(message.id, lockedUntil, now());
    result.sent++;
  }

  async function runOnce(): Promise<RunResult> {
    const at = now();
    const lockedUntil = new Date(at.getTime() + leaseMs);
    const claimed = await outbox.claimDue(at, lockedUntil, batchSize);
    const result: RunResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
    for (const message of claimed) await deliver(message, lockedUntil, result);
    return result;
  }

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .catch((error: unknown) => options.logger?.error({ err: error }, "outbox round failed"))
        .finally(schedule);
    }, (options.intervalSeconds ?? 10) * 1000);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
