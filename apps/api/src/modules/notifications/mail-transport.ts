// The SMTP transport of the outbox worker: nodemailer, with timeouts well inside the worker's lease.
import nodemailer from "nodemailer";
import type { MailTransport } from "./outbox-worker";

export function createMailTransport(smtpUrl: string): MailTransport & { close(): void } {
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
}
