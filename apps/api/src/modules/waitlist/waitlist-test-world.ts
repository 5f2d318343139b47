// The waitlist's test world: a centre with a room and a divisible hall (no approval needed), a service unit with
// three staff (one holds the time, two queue for it), a member of another organisation, and an HTTP client.
import { randomUUID } from "node:crypto";
import type { Database } from "../../db/database";
import type { Factories } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { sessionHeaders } from "../../testing/sessions";
import type { TestApp } from "../../testing/test-app";

export interface WaitlistWorld {
  centreId: string;
  roomId: string;
  hall: { whole: string; partA: string; partB: string };
  activityTypeId: string;
  organisationId: string;
  holder: string;
  first: string;
  second: string;
  outsider: string;
}

export async function waitlistWorld(make: Factories): Promise<WaitlistWorld> {
  const centreId = await make.centre();
  const organisationId = await make.organisation("service_unit");
  return {
    centreId,
    roomId: await make.space(centreId),
    hall: await make.hall(centreId),
    activityTypeId: await make.activityType(),
    organisationId,
    holder: await make.user(organisationId),
    first: await make.user(organisationId),
    second: await make.user(organisationId),
    outsider: await make.user(await make.organisation("service_unit")),
  };
}

/** A time in `daysAhead` days, Oslo wall clock. */
export const slot = (daysAhead: number, from = "10:00", to = "12:00") => ({ start: osloIso(futureDay(daysAhead), from), end: osloIso(futureDay(daysAhead), to) });

export const bookingBody = (world: WaitlistWorld, time: { start: string; end: string }, spaceId = world.roomId) => ({
  spaceId,
  organisationId: world.organisationId,
  activityTypeId: world.activityTypeId,
  title: "Venteprøve",
  expectedAttendees: 4,
  ...time,
});

export interface Reply {
  status: number;
  body: unknown;
}

export function waitlistClient(app: TestApp, db: Database) {
  const as = sessionHeaders(db);
  const send = async (userId: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const response = await fetch(app.url(path), {
      method,
      headers: { ...(await as(userId)), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    book: (userId: string, body: unknown) => send(userId, "POST", "/api/v1/bookings", body, { "idempotency-key": randomUUID() }),
    cancel: (userId: string, id: string) => send(userId, "POST", `/api/v1/bookings/${id}/cancel`),
    join: (userId: string | null, body: unknown) => send(userId, "POST", "/api/v1/waitlist", body),
    list: (userId: string | null) => send(userId, "GET", "/api/v1/waitlist"),
    leave: (userId: string | null, id: string) => send(userId, "DELETE", `/api/v1/waitlist/${id}`),
    accept: (userId: string | null, id: string) => send(userId, "POST", `/api/v1/waitlist/${id}/accept`),
    decline: (userId: string | null, id: string) => send(userId, "POST", `/api/v1/waitlist/${id}/decline`),
  };
}

/** The entry's stored status. */
export const statusOf = async (db: Database, id: string) => (await db.prisma.waitlistEntry.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** The waitlist offers a user was sent. */
export const offersTo = (db: Database, userId: string) => db.prisma.notification.count({ where: { userId, kind: "waitlist_offer" } });
