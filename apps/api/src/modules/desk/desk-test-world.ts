// The front desk's test world: a centre whose divisible hall needs approval, a service unit and a volunteer group
// that request it, the host of the centre, and a host of another centre. Plus a small HTTP client for the desk.
import type { Database } from "../../db/database";
import type { Factories } from "../../testing/factories";
import { sessionHeaders } from "../../testing/sessions";
import type { TestApp } from "../../testing/test-app";

export interface DeskWorld {
  centreId: string;
  hall: { whole: string; partA: string; partB: string };
  roomId: string;
  activityTypeId: string;
  /** A service unit (tier 2) and its staff user. */
  service: { organisationId: string; userId: string };
  /** A verified volunteer group (tier 3) with a key agreement, and its coordinator. */
  group: { organisationId: string; userId: string };
  host: string;
  hostElsewhere: string;
}

export async function deskWorld(make: Factories): Promise<DeskWorld> {
  const centreId = await make.centre();
  const hall = await make.hall(centreId, { requiresApproval: true });
  const roomId = await make.space(centreId);
  const serviceOrganisation = await make.organisation("service_unit");
  const groupOrganisation = await make.organisation("volunteer_group", true, true);
  return {
    centreId,
    hall,
    roomId,
    activityTypeId: await make.activityType(),
    service: { organisationId: serviceOrganisation, userId: await make.user(serviceOrganisation, "staff") },
    group: { organisationId: groupOrganisation, userId: await make.user(groupOrganisation, "coordinator") },
    host: await make.user(null, "front_desk", [centreId]),
    hostElsewhere: await make.user(null, "front_desk", [await make.centre()]),
  };
}

export interface InsertedBooking {
  spaceId: string;
  start: Date | string;
  end: Date | string;
  status?: "requested" | "confirmed" | "checked_in" | "released";
  /** Whose booking: the world's group (default) or service. */
  by?: "group" | "service";
  checkInTokenHash?: string | null;
}

/** A booking written directly (the trigger writes the claims of a time-holding one). */
export async function insertBooking(db: Database, world: DeskWorld, booking: InsertedBooking): Promise<{ id: string; version: number }> {
  const by = world[booking.by ?? "group"];
  return db.prisma.booking.create({
    data: {
      spaceId: booking.spaceId,
      organisationId: by.organisationId,
      bookedById: by.userId,
      activityTypeId: world.activityTypeId,
      title: "Skrankeprøve",
      expectedAttendees: 6,
      startsAt: new Date(booking.start),
      endsAt: new Date(booking.end),
      status: booking.status ?? "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: booking.by === "service" ? "service_unit" : "volunteer_group",
      checkInTokenHash: booking.checkInTokenHash ?? null,
    },
    select: { id: true, version: true },
  });
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Calls as a user with a real session of theirs (made once per user); `null` calls as the public. */
export function deskClient(app: TestApp, db: Database) {
  const as = sessionHeaders(db);
  const send = async (userId: string | null, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply> => {
    const headers = { ...(await as(userId)), ...(options.body === undefined ? {} : { "content-type": "application/json" }), ...options.headers };
    const response = await fetch(app.url(path), { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
  const ifMatch = (version: number | null): Record<string, string> => (version === null ? {} : { "if-match": `"${version}"` });
  return {
    day: (userId: string | null, centreId: string, date: string) => send(userId, "GET", `/api/v1/desk/centres/${centreId}/day?date=${date}`),
    queue: (userId: string | null, centreId: string) => send(userId, "GET", `/api/v1/desk/centres/${centreId}/queue`),
    approve: (userId: string | null, id: string, version: number | null = 1) => send(userId, "POST", `/api/v1/desk/bookings/${id}/approve`, { headers: ifMatch(version) }),
    reject: (userId: string | null, id: string, reason: string, version: number | null = 1) =>
      send(userId, "POST", `/api/v1/desk/bookings/${id}/reject`, { body: { reason }, headers: ifMatch(version) }),
    checkIn: (userId: string | null, id: string) => send(userId, "POST", `/api/v1/desk/bookings/${id}/check-in`),
    checkInWithToken: (id: string, token: string) => send(null, "POST", `/api/v1/bookings/${id}/check-in?token=${encodeURIComponent(token)}`),
    block: (userId: string | null, body: Record<string, unknown>) => send(userId, "POST", "/api/v1/desk/blocks", { body }),
  };
}

export type DeskClient = ReturnType<typeof deskClient>;
