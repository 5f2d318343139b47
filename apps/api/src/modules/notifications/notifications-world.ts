// For the notification tests: a booking, a recipient with an address and a language, and a test clock that
// runs backwards from test to test, so a worker at one test's time never sees another test's messages (tests
// on a shared server database only ever claim their own). Each test file starts its clock in a year of its own.
import { randomUUID } from "node:crypto";
import type { ApiSuite } from "../../testing/api-suite";
import { notify, type NotificationEvent } from "./notify";

/** A source of instants far in the past, each earlier than every one it handed out before. */
export function testClocks(startYear: number): () => Date {
  let year = startYear;
  return () => new Date(Date.UTC(year--, 0, 15, 12, 0, 0));
}

export async function recipient(suite: ApiSuite, locale: "nb" | "nn" | "en", email: string | null = `u-${randomUUID()}@example.test`): Promise<string> {
  const id = await suite.make.user(null, "staff");
  await suite.db.prisma.user.update({ where: { id }, data: { email, locale } });
  return id;
}

/** 18:00–20:00 Oslo on Tuesday 1 December 2026 (UTC+1). */
export const BOOKING_TIME = { start: "2026-12-01T17:00:00.000Z", end: "2026-12-01T19:00:00.000Z" };

export async function booking(suite: ApiSuite, title = "Språkkafé"): Promise<{ bookingId: string; roomId: string }> {
  const centreId = await suite.make.centre();
  const roomId = await suite.make.space(centreId, { name: "Møterom Fjord" });
  return { bookingId: await suite.make.booking(roomId, { ...BOOKING_TIME, title }), roomId };
}

/** Notifies in a transaction of its own; returns the outbox ids written. */
export async function notifyNow(suite: ApiSuite, event: NotificationEvent, now: Date): Promise<string[]> {
  await suite.db.prisma.$transaction((tx) => notify(tx, event, now));
  const rows = await suite.db.prisma.outboxMessage.findMany({ where: { userId: event.userId, createdAt: now }, select: { id: true } });
  return rows.map((row) => row.id);
}
