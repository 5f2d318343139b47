// For the tests of the desk's moves, bumps and offers: the desk's test world plus a library (a service unit of
// the house, tier 1) and another municipal service (tier 2) the host books for, e-mail addresses for the bookers, and a client for the five routes.
import type { Database } from "../../db/database";
import type { Factories } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import type { TestApp } from "../../testing/test-app";
import { sessionHeaders } from "../../testing/sessions";
import { deskWorld, type DeskWorld, type Reply } from "./desk-test-world";

export interface MovesWorld extends DeskWorld {
  libraryId: string;
  /** A municipal service that is not the house's own: tier 2. */
  unitId: string;
  admin: string;
}

export async function movesWorld(db: Database, make: Factories): Promise<MovesWorld> {
  const world = await deskWorld(make);
  for (const who of [world.group, world.service]) await db.prisma.user.update({ where: { id: who.userId }, data: { email: `${who.userId}@example.test` } });
  const libraryId = await make.organisation("service_unit");
  await db.prisma.organisation.update({ where: { id: libraryId }, data: { houseService: true } });
  return { ...world, libraryId, unitId: await make.organisation("service_unit"), admin: await make.user(null, "admin") };
}

/** `time` ("10:00") on the day `daysAhead` days from today in Oslo. */
export const at = (daysAhead: number, time: string): string => osloIso(futureDay(daysAhead), time);

export function movesClient(app: TestApp, db: Database) {
  const as = sessionHeaders(db);
  const send = async (userId: string | null, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> => {
    const headers = { ...(await as(userId)), ...(options.body === undefined ? {} : { "content-type": "application/json" }), ...options.headers };
    const response = await fetch(app.url(path), { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
  return {
    alternatives: (userId: string | null, id: string) => send(userId, "GET", `/api/v1/desk/bookings/${id}/alternatives`),
    move: (userId: string | null, id: string, body: Record<string, unknown>, version: number) =>
      send(userId, "POST", `/api/v1/desk/bookings/${id}/move`, { body, headers: { "if-match": `"${version}"` } }),
    create: (userId: string | null, body: Record<string, unknown>) => send(userId, "POST", "/api/v1/desk/bookings", { body }),
    offer: (id: string, token: string) => send(null, "GET", `/api/v1/offers/${id}?token=${encodeURIComponent(token)}`),
    accept: (id: string, token: string) => send(null, "POST", `/api/v1/offers/${id}/accept?token=${encodeURIComponent(token)}`),
  };
}

/** The token of the accept links in the user's latest "booking_bumped" e-mail. */
export async function acceptLinks(db: Database, userId: string): Promise<{ offerId: string; token: string }[]> {
  const message = await db.prisma.outboxMessage.findFirst({ where: { userId, kind: "booking_bumped" }, orderBy: { createdAt: "desc" }, select: { textBody: true } });
  return [...(message?.textBody ?? "").matchAll(/\/tilbud\/([0-9a-f-]{36})\?token=([A-Za-z0-9_-]+)/g)].map((m) => ({ offerId: m[1] ?? "", token: m[2] ?? "" }));
}
