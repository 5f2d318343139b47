// notify: both rows in the caller's transaction, in the recipient's language, and neither when it rolls back.
import ICAL from "ical.js";
import { useApiSuite } from "../../testing/api-suite";
import { booking, BOOKING_TIME, recipient, testClocks } from "./notifications-world";
import { notify } from "./notify";

const suite = useApiSuite();
// A clock of this file's own: a worker here claims only this file's messages, also on a shared server database.
const testClock = testClocks(2000);

describe("notify", () => {
  it("writes the notification and the outbox message in the caller's transaction", async () => {
    const now = testClock();
    const userId = await recipient(suite, "nn");
    const { bookingId } = await booking(suite);
    await suite.db.prisma.$transaction(async (tx) => {
      await notify(tx, { kind: "booking_rejected", bookingId, userId, params: { reason: "Rommet er stengt" } }, now);
      // Inside the transaction both exist; outside it, not yet.
      expect(await tx.notification.count({ where: { userId } })).toBe(1);
      expect(await tx.outboxMessage.count({ where: { userId } })).toBe(1);
    });
    const message = await suite.db.prisma.outboxMessage.findFirstOrThrow({ where: { userId } });
    expect(message).toMatchObject({ status: "pending", attempts: 0, locale: "nn", subject: "Ikkje godkjend: Språkkafé", messageId: `<${message.id}@sambruk>`, ics: null });
    expect(message.nextAttemptAt).toEqual(now);
    expect(message.textBody).toContain("Grunngjeving: Rommet er stengt");
    expect(message.textBody).toContain("tysdag 1. desember 2026 kl. 18:00–20:00");
    const notification = await suite.db.prisma.notification.findFirstOrThrow({ where: { userId } });
    expect(notification).toMatchObject({ kind: "booking_rejected", bookingId, readAt: null });
  });

  it("writes neither when the caller's transaction rolls back", async () => {
    const userId = await recipient(suite, "nb");
    const { bookingId } = await booking(suite);
    await expect(
      suite.db.prisma.$transaction(async (tx) => {
        await notify(tx, { kind: "booking_confirmed", bookingId, userId }, testClock());
        throw new Error("the decision failed");
      }),
    ).rejects.toThrow("the decision failed");
    expect(await suite.db.prisma.notification.count({ where: { userId } })).toBe(0);
    expect(await suite.db.prisma.outboxMessage.count({ where: { userId } })).toBe(0);
  });

  it("writes only the in-app notification for a user without an e-mail address", async () => {
    const userId = await recipient(suite, "en", null);
    const { bookingId } = await booking(suite);
    await suite.db.prisma.$transaction((tx) => notify(tx, { kind: "booking_released", bookingId, userId }, testClock()));
    expect(await suite.db.prisma.notification.count({ where: { userId } })).toBe(1);
    expect(await suite.db.prisma.outboxMessage.count({ where: { userId } })).toBe(0);
  });

  it("attaches a calendar file to a confirmation, with the booking's time and title", async () => {
    const userId = await recipient(suite, "en");
    const { bookingId } = await booking(suite, "Strikkekafé");
    await suite.db.prisma.$transaction((tx) => notify(tx, { kind: "booking_confirmed", bookingId, userId }, testClock()));
    const { ics } = await suite.db.prisma.outboxMessage.findFirstOrThrow({ where: { userId } });
    const event = new ICAL.Component(ICAL.parse(ics ?? "")).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe("Strikkekafé");
    expect(event?.getFirstPropertyValue("uid")).toBe(`${bookingId}@sambruk`);
    expect((event?.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(BOOKING_TIME.start);
    expect((event?.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe(BOOKING_TIME.end);
  });

  it("names the alternatives' rooms and centres and keeps the accept links", async () => {
    const userId = await recipient(suite, "en");
    const { bookingId, roomId } = await booking(suite);
    const start = new Date("2026-12-03T17:00:00Z");
    const params = { reason: "Needed for the election", alternatives: [{ spaceId: roomId, start, end: new Date("2026-12-03T19:00:00Z"), acceptUrl: "https://sambruk.test/accept/a1" }] };
    await suite.db.prisma.$transaction((tx) => notify(tx, { kind: "booking_bumped", bookingId, userId, params }, testClock()));
    const { textBody } = await suite.db.prisma.outboxMessage.findFirstOrThrow({ where: { userId } });
    expect(textBody).toMatch(/1\. Thursday 3 December 2026 at 18:00–20:00, Test centre centre-\w+, Møterom Fjord\n {3}Choose this: https:\/\/sambruk\.test\/accept\/a1/);
  });

  it("refuses params it cannot read, so a caller's mistake rolls its decision back", async () => {
    const userId = await recipient(suite, "nb");
    const { bookingId } = await booking(suite);
    await expect(
      suite.db.prisma.$transaction((tx) => notify(tx, { kind: "booking_bumped", bookingId, userId, params: { alternatives: [{ spaceId: "nope" }] } }, testClock())),
    ).rejects.toThrow();
    expect(await suite.db.prisma.notification.count({ where: { userId } })).toBe(0);
  });
});
