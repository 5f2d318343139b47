// For the series tests: the app on a fixed clock (so a September-to-June series is within every horizon), a
// client for the series endpoints, and a centre with a volunteer group that runs a language café.
import { randomUUID } from "node:crypto";
import type { PolicyParameters } from "@sambruk/domain";
import type { Database } from "../../db/database";
import { bookingsClient, type BookingsClient, type Reply } from "../../testing/bookings-client";
import { factories, type Factories } from "../../testing/factories";
import { startTestApp, type TestApp } from "../../testing/test-app";
import { openTestDatabase } from "../../testing/test-database";

/** The clock of the series tests: a few weeks before the language café's season starts. */
export const SERIES_NOW = new Date("2027-08-20T10:00:00+02:00");

export interface SeriesSuite {
  db: Database;
  app: TestApp;
  make: Factories;
  api: BookingsClient;
  series: SeriesClient;
}

/** Call at the top of a test file; `now` omitted: SERIES_NOW. */
export function useSeriesSuite(options: { now?: () => Date; parameters?: PolicyParameters } = {}): SeriesSuite {
  const fields: Partial<SeriesSuite> = {};
  beforeAll(async () => {
    const db = await openTestDatabase();
    const { parameters } = options;
    const app = await startTestApp(db, { now: options.now ?? (() => SERIES_NOW), ...(parameters ? { policyParameters: () => Promise.resolve(parameters) } : {}) });
    const api = bookingsClient(app, db);
    Object.assign(fields, { db, app, make: factories(db.prisma), api, series: seriesClient(app, api) });
  });
  afterAll(async () => {
    await fields.app?.close();
    await fields.db?.close();
  });
  return new Proxy(fields, {
    get(target, key: keyof SeriesSuite) {
      const value = target[key];
      if (value === undefined) throw new Error(`the series suite is not set up yet (${String(key)})`);
      return value;
    },
  }) as SeriesSuite;
}

type Headers = Record<string, string>;

async function send(app: TestApp, method: string, path: string, headers: Headers, body?: unknown): Promise<Reply> {
  const response = await fetch(app.url(path), {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export function seriesClient(app: TestApp, api: BookingsClient) {
  const ifMatch = (version: number | null): Headers => (version === null ? {} : { "if-match": `"${version}"` });
  return {
    preview: async (userId: string, body: unknown) => send(app, "POST", "/api/v1/series/preview", await api.as(userId), body),
    create: async (userId: string, body: unknown, key: string = randomUUID()) =>
      send(app, "POST", "/api/v1/series", { ...(await api.as(userId)), "idempotency-key": key }, body),
    get: async (userId: string | null, id: string) => send(app, "GET", `/api/v1/series/${id}`, await api.as(userId)),
    patch: async (userId: string, id: string, version: number | null, body: unknown) =>
      send(app, "PATCH", `/api/v1/series/${id}`, { ...(await api.as(userId)), ...ifMatch(version) }, body),
    cancel: async (userId: string, id: string, version: number | null, body: unknown) =>
      send(app, "POST", `/api/v1/series/${id}/cancel`, { ...(await api.as(userId)), ...ifMatch(version) }, body),
  };
}

export type SeriesClient = ReturnType<typeof seriesClient>;

export interface CafeWorld {
  centreId: string;
  spaceId: string;
  groupId: string;
  coordinatorId: string;
  activityTypeId: string;
}

/** A centre open 07–23 every day, a room, and a verified volunteer group with its coordinator. */
export async function cafeWorld(make: Factories): Promise<CafeWorld> {
  const centreId = await make.centre();
  const spaceId = await make.space(centreId, { name: "Møterom Fjorden" });
  const groupId = await make.organisation("volunteer_group", true, true);
  const coordinatorId = await make.user(groupId, "coordinator");
  return { centreId, spaceId, groupId, coordinatorId, activityTypeId: await make.activityType() };
}

/** The weekly language café, Tuesdays 18:00–20:00, from the first Tuesday of September 2027 to the last of June 2028. */
export function cafeSeries(world: CafeWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    spaceId: world.spaceId,
    organisationId: world.groupId,
    activityTypeId: world.activityTypeId,
    title: "Språkkafé",
    expectedAttendees: 10,
    firstDate: "2027-09-07",
    startTime: "18:00",
    endTime: "20:00",
    rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20280627",
    ...overrides,
  };
}
