// How notifications leave by e-mail: built from the environment by env.ts.

export interface MailConfig {
  /** The SMTP server, e.g. smtp://localhost:1025; null: the outbox worker does not run and messages wait. */
  smtpUrl: string | null;
  /** The From header of every message. */
  from: string;
  /** How often the outbox worker looks for due messages. */
  intervalSeconds: number;
  /** The site's address, for the links in messages. */
  publicUrl: string;
}

export const DEFAULT_MAIL_CONFIG: MailConfig = {
  smtpUrl: null,
  from: "Sambruk <ikke-svar@sambruk.no>",
  intervalSeconds: 10,
  publicUrl: "http://localhost:3000",
};
