// The e-mails the app sent during the end-to-end run, as the suite's mail server received them
// (e2e/outside-world.mjs).
import { expect } from "@playwright/test";

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/** e2e/serve.mjs puts the mailbox two ports below the app's. */
const mailbox = `http://127.0.0.1:${process.env.E2E_MAIL_PORT ?? Number(process.env.E2E_PORT ?? 3199) - 2}/messages`;

async function received(): Promise<SentMail[]> {
  const response = await fetch(mailbox);
  if (!response.ok) throw new Error(`The test mail server answered ${response.status}`);
  return (await response.json()) as SentMail[];
}

/** Waits (the outbox sends every second) for the newest e-mail to `to` that `matches`, and returns it. */
export async function waitForMail(to: string, matches: (mail: SentMail) => boolean): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(async () => {
      found = (await received()).filter((mail) => mail.to.includes(to) && matches(mail)).at(-1);
      return found !== undefined;
    }, { timeout: 15_000, message: `an e-mail to ${to}` })
    .toBe(true);
  return found!;
}
