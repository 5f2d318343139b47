// The outbox worker against a real SMTP server: exactly one e-mail per event, across crashes, concurrent
// workers and an SMTP server that is down for a while.
import ICAL from "ical.js";
import { useApiSuite } from "../../testing/api-suite";
import { createMailTransport } from "./mail-transport";
import { booking, BOOKING_TIME, notifyNow, recipient, testClocks } from "./notifications-world";
import { createOutboxWorker, type MailTransport, type OutboxWorkerOptions } from "./outbox-worker";
import { deleteOldOutboxMessages } from "./outbox.repository";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

const suite = useApiSuite();
// A clock of this file's own: a worker here claims only this file's messages, also on a shared server database.
const testClock = testClocks(1900);
let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(() => smtp.close());

const seconds = (at: Date, n: number) => new Date(at.getTime() + n * 1000);

function worker(clock: { now: Date }, options: Partial<OutboxWorkerOptions> = {}) {
  return createOutboxWorker({ db: suite.db, transport: createMailTransport(smtp.url), now: () => clock.now, batchSize: 5, leaseSeconds: 60, maxAttempts: 4, backoffSeconds: 30, ...options });
}

async function outboxIdsFor(clock: { now: Date }, count: number): Promise<{ ids: string[]; messageIds: string[] }> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { bookingId } = await booking(suite);
    ids.push(...(await notifyNow(suite, { kind: "booking_reminder", bookingId, userId: await recipient(suite, "nb") }, clock.now)));
  }
  return { ids, messageIds: ids.map((id) => `<${id}@sambruk>`) };
}

const receivedOf = (messageIds: readonly string[]) => smtp.received.filter((mail) => messageIds.includes(mail.messageId));

describe("the outbox worker", () => {
  it("delivers one e-mail in the recipient's language, with the calendar file of a confirmation", async () => {
    const clock = { now: testClock() };
    const userId = await recipient(suite, "en");
    const { bookingId } = await booking(suite, "Leksehjelp");
    const [id] = await notifyNow(suite, { kind: "booking_confirmed", bookingId, userId }, clock.now);
    expect(await worker(clock).runOnce()).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(await worker(clock).runOnce()).toMatchObject({ claimed: 0 });

    const mails = receivedOf([`<${id}@sambruk>`]);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Confirmed: Leksehjelp");
    expect(mail.headers.get("from")).toBe("Sambruk <ikke-svar@sambruk.no>");
    expect(mail.headers.get("content-language")).toBe("en");
    expect(mail.text).toContain("Tuesday 1 December 2026 at 18:00–20:00");
    const [ics] = mail.attachments;
    expect(ics).toMatchObject({ contentType: "text/calendar", filename: "booking.ics" });
    const event = new ICAL.Component(ICAL.parse(ics?.content ?? "")).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe("Leksehjelp");
    expect((event?.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(BOOKING_TIME.start);
    expect((event?.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe(BOOKING_TIME.end);

    const row = await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, sentAt: clock.now });
  });

  it("sends once after a worker claimed a message and died before sending: the next takes it when the lease runs out", async () => {
    const clock = { now: testClock() };
    const { ids, messageIds } = await outboxIdsFor(clock, 1);
    let release: (() => void) | undefined;
    const hanging: MailTransport = { sendMail: () => new Promise((resolve) => (release = () => resolve(undefined))) };
    const crashed = createOutboxWorker({ db: suite.db, transport: hanging, now: () => clock.now, leaseSeconds: 60 });
    void crashed.runOnce();
    for (let i = 0; i < 100 && !release; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(release).toBeDefined();

    const survivor = worker(clock);
    expect(await survivor.runOnce()).toMatchObject({ claimed: 0 }); // the lease still holds
    clock.now = seconds(clock.now, 61);
    expect(await survivor.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    // The dead worker's send "returns" late: its claim is no longer the row's, so it records nothing.
    release?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receivedOf(messageIds)).toHaveLength(1);
    expect(await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("two workers running at once deliver each of 20 messages exactly once", async () => {
    const clock = { now: testClock() };
    const { messageIds } = await outboxIdsFor(clock, 20);
    const drain = async (w: ReturnType<typeof worker>) => {
      let sent = 0;
      for (;;) {
        const result = await w.runOnce();
        sent += result.sent;
        if (result.claimed === 0) return sent;
      }
    };
    const [a, b] = await Promise.all([drain(worker(clock, { batchSize: 3 })), drain(worker(clock, { batchSize: 3 }))]);
    expect(a + b).toBe(20);
    const received = receivedOf(messageIds);
    expect(received).toHaveLength(20);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(20);
  });

  it("retries with backoff while the SMTP server is down, and delivers once it is back", async () => {
    const clock = { now: testClock() };
    const { ids, messageIds } = await outboxIdsFor(clock, 1);
    await smtp.down();
    try {
      expect(await worker(clock).runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      const first = await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids[0]! } });
      expect(first).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: seconds(clock.now, 30), lockedUntil: null });
      expect(first.lastError).toBeTruthy();
      clock.now = seconds(clock.now, 30);
      expect(await worker(clock).runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      expect(await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ attempts: 2, nextAttemptAt: seconds(clock.now, 60) });
      clock.now = seconds(clock.now, 59);
      expect(await worker(clock).runOnce()).toMatchObject({ claimed: 0 }); // not due yet
    } finally {
      await smtp.up();
    }
    clock.now = seconds(clock.now, 1);
    expect(await worker(clock).runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(receivedOf(messageIds)).toHaveLength(1);
    expect(await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("marks a message failed after maxAttempts and leaves it alone", async () => {
    const clock = { now: testClock() };
    const { ids } = await outboxIdsFor(clock, 1);
    const refusing: MailTransport = { sendMail: () => Promise.reject(new Error("550 mailbox unavailable")) };
    const w = createOutboxWorker({ db: suite.db, transport: refusing, now: () => clock.now, maxAttempts: 3, backoffSeconds: 10 });
    expect(await w.runOnce()).toMatchObject({ retried: 1 });
    clock.now = seconds(clock.now, 10);
    expect(await w.runOnce()).toMatchObject({ retried: 1 });
    clock.now = seconds(clock.now, 20);
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    clock.now = seconds(clock.now, 3600);
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    expect(await suite.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids[0]! } })).toMatchObject({ status: "failed", attempts: 3, lastError: "550 mailbox unavailable" });
  });

  it("start() sends on its own interval and stop() ends it", async () => {
    const clock = { now: testClock() };
    const { messageIds } = await outboxIdsFor(clock, 1);
    const w = worker(clock, { intervalSeconds: 0.05 });
    w.start();
    for (let i = 0; i < 100 && receivedOf(messageIds).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await w.stop();
    expect(receivedOf(messageIds)).toHaveLength(1);
  });

  it("deletes sent messages 30 days after they were sent", async () => {
    const clock = { now: testClock() };
    const { ids } = await outboxIdsFor(clock, 1);
    await worker(clock).runOnce();
    await deleteOldOutboxMessages(suite.db.prisma, seconds(clock.now, 29 * 86_400));
    expect(await suite.db.prisma.outboxMessage.count({ where: { id: ids[0]! } })).toBe(1);
    await deleteOldOutboxMessages(suite.db.prisma, seconds(clock.now, 31 * 86_400));
    expect(await suite.db.prisma.outboxMessage.count({ where: { id: ids[0]! } })).toBe(0);
  });

  it("deletes messages never sent 30 days after they were written", async () => {
    const clock = { now: testClock() };
    const { ids } = await outboxIdsFor(clock, 1);
    await deleteOldOutboxMessages(suite.db.prisma, seconds(clock.now, 29 * 86_400));
    expect(await suite.db.prisma.outboxMessage.count({ where: { id: ids[0]! } })).toBe(1);
    await deleteOldOutboxMessages(suite.db.prisma, seconds(clock.now, 31 * 86_400));
    expect(await suite.db.prisma.outboxMessage.count({ where: { id: ids[0]! } })).toBe(0);
  });
});
