// Records and calls for the drop-in tests: a centre with a NAV-like service that publishes drop-in hours, the
// people around it, and a small client for the drop-in routes.
import { randomUUID } from "node:crypto";
import { addDays, isoWeekdayOf, isPublicHoliday, type LocalDate } from "@sambruk/domain";
import { DEFAULT_AUTH_CONFIG } from "../../config/auth-config";
import type { Database } from "../../db/database";
import type { Factories } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { classifiedActivity } from "../../testing/policy-fixtures";
import { signIn } from "../../testing/sessions";
import { startTestApp, type TestApp } from "../../testing/test-app";

export const MEETING_LINK = "https://meet.example.org/nav-veiledning-tofte";

export interface DropInWorld {
  centreId: string;
  roomId: string;
  /** The service that publishes drop-in hours, and one of its staff. */
  navId: string;
  navName: string;
  navStaffId: string;
  /** Another service at the same centre. */
  otherStaffId: string;
  frontDeskId: string;
  frontDeskElsewhereId: string;
  groupId: string;
  coordinatorId: string;
  residentUserId: string;
  residentName: string;
  activityTypeId: string;
  discreetActivityTypeId: string;
}

export async function dropInWorld(db: Database, make: Factories): Promise<DropInWorld> {
  const centreId = await make.centre();
  const roomId = await make.space(centreId, { stepFree: true, hearingLoop: true });
  const navName = `NAV Tofte ${randomUUID().slice(0, 8)}`;
  const { id: navId } = await db.prisma.organisation.create({ data: { kind: "service_unit", name: navName, verified: true }, select: { id: true } });
  const groupId = await make.organisation("volunteer_group", true, true);
  const residentOrganisation = await make.organisation("resident");
  const residentName = `Beboer ${randomUUID().slice(0, 8)}`;
  const { id: residentUserId } = await db.prisma.user.create({
    data: { displayName: residentName, memberships: { create: { organisationId: residentOrganisation, role: "coordinator" } } },
    select: { id: true },
  });
  return {
    centreId,
    roomId,
    navId,
    navName,
    navStaffId: await make.user(navId, "staff"),
    otherStaffId: await make.user(await make.organisation("service_unit"), "staff"),
    frontDeskId: await make.user(null, "front_desk", [centreId]),
    frontDeskElsewhereId: await make.user(null, "front_desk", [await make.centre()]),
    groupId,
    coordinatorId: await make.user(groupId, "coordinator"),
    residentUserId,
    residentName,
    activityTypeId: await classifiedActivity(db.prisma, { tags: ["drop_in"] }),
    discreetActivityTypeId: await classifiedActivity(db.prisma, { sensitivity: "discreet", tags: ["drop_in"] }),
  };
}

/** The first Thursday at least `daysAhead` days away in Oslo that is not a public holiday (Ascension Day is one). */
export function thursdayAhead(daysAhead: number): LocalDate {
  let day = futureDay(daysAhead);
  while (isoWeekdayOf(day) !== 4 || isPublicHoliday(day)) day = addDays(day, 1);
  return day;
}

/** The body of POST /bookings for a drop-in window of the service, 10:00–14:00 with 20-minute appointments. */
export function dropInRequest(world: DropInWorld, day: LocalDate, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    spaceId: world.roomId,
    organisationId: world.navId,
    activityTypeId: world.activityTypeId,
    title: "NAV-veiledning",
    expectedAttendees: 6,
    start: osloIso(day, "10:00"),
    end: osloIso(day, "14:00"),
    visibility: "public",
    dropIn: { appointmentMinutes: 20, modes: ["in_person", "digital"], meetingLink: MEETING_LINK },
    ...overrides,
  };
}

export interface Reply {
  status: number;
  text: string;
  body: unknown;
}

/** The app with room for many appointments a minute from one address (every test calls from 127.0.0.1). */
export function startDropInApp(db: Database, perMinute = 10_000, retentionHours = 72): Promise<TestApp> {
  return startTestApp(db, {
    auth: { ...DEFAULT_AUTH_CONFIG, demoLogin: true, rateLimits: { loginPerMinute: 1000, writesPerMinute: 10_000 }, appointments: { perMinute, retentionHours } },
  });
}

/** Calls of the drop-in routes, as the public (`null`) or with a real session of the user; app and db once set up. */
export function dropInClient(app: () => TestApp, db: () => Database) {
  const headersOf = async (userId: string | null) => (userId === null ? {} : (await signIn(db(), userId)).headers);
  const send = async (method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Reply> => {
    const response = await fetch(app().url(path), {
      method,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? JSON.parse(text) : null };
  };
  return {
    headersOf,
    publish: async (userId: string, body: unknown) =>
      send("POST", "/api/v1/bookings", { ...(await headersOf(userId)), "idempotency-key": randomUUID() }, body),
    /** Publishes the world's drop-in window on `date` as the service's staff; its id (fails the test unless 201). */
    publishWindow: async (world: DropInWorld, date: LocalDate, overrides: Record<string, unknown> = {}): Promise<string> => {
      const reply = await send("POST", "/api/v1/bookings", { ...(await headersOf(world.navStaffId)), "idempotency-key": randomUUID() }, dropInRequest(world, date, overrides));
      expect({ status: reply.status, body: reply.body }).toMatchObject({ status: 201 });
      return (reply.body as { id: string }).id;
    },
    check: async (userId: string, body: unknown) => send("POST", "/api/v1/bookings/check", await headersOf(userId), body),
    list: (query: Record<string, string>) => send("GET", `/api/v1/dropins?${new URLSearchParams(query).toString()}`, {}),
    take: async (dropInId: string, body: unknown, userId: string | null = null) =>
      send("POST", `/api/v1/dropins/${dropInId}/appointments`, await headersOf(userId), body),
    cancel: async (id: string, token: string | null, userId: string | null = null) =>
      send("DELETE", `/api/v1/appointments/${id}${token === null ? "" : `?token=${encodeURIComponent(token)}`}`, await headersOf(userId)),
    staffList: async (userId: string | null, query: Record<string, string>) =>
      send("GET", `/api/v1/appointments?${new URLSearchParams(query).toString()}`, await headersOf(userId)),
  };
}
