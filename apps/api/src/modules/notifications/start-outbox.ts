// The server's outbox worker: runs only when an SMTP server is configured; otherwise messages wait in the outbox
// (nothing is lost) and the start says so once.
import type { MailConfig } from "../../config/mail-config";
import type { Database } from "../../db/database";
import type { Logger } from "../../http/logger";
import { createMailTransport } from "./mail-transport";
import { createOutboxWorker, type OutboxWorker } from "./outbox-worker";

export function startOutboxWorker(db: Pick<Database, "prisma">, mail: MailConfig, logger: Logger): OutboxWorker | null {
  if (!mail.smtpUrl) {
    logger.info("SMTP_URL is not set: e-mails wait in the outbox and are not sent");
    return null;
  }
  const worker = createOutboxWorker({ db, transport: createMailTransport(mail.smtpUrl), from: mail.from, intervalSeconds: mail.intervalSeconds, logger });
  worker.start();
  logger.info({ intervalSeconds: mail.intervalSeconds }, "outbox worker started");
  return worker;
}
