// A small HTTP client for the booking endpoints in tests: JSON in, status + headers + parsed JSON out.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/database";
import { sessionHeaders } from "./sessions";
import type { TestApp } from "./test-app";

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

export type Body = Record<string, unknown>;
type HeaderMap = Record<string, string>;

async function send(app: TestApp, method: string, path: string, headers: HeaderMap, body?: unknown): Promise<Reply> {
  const response = await fetch(app.url(path), {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/**
 * Calls as a user go with a real session of theirs (cookie and CSRF token), made once per user; `null` calls
 * as the public.
 */
export function bookingsClient(app: TestApp, db: Database) {
  const as: (userId: string | null) => Promise<HeaderMap> = sessionHeaders(db);
  return {
    create: async (userId: string | null, body: unknown, key: string | null = randomUUID(), headers: HeaderMap = {}) =>
      send(app, "POST", "/api/v1/bookings", { ...(await as(userId)), ...(key === null ? {} : { "idempotency-key": key }), ...headers }, body),
    check: async (userId: string | null, body: unknown) => send(app, "POST", "/api/v1/bookings/check", await as(userId), body),
    get: (id: string, headers: HeaderMap = {}) => send(app, "GET", `/api/v1/bookings/${id}`, headers),
    getAs: async (userId: string | null, id: string) => send(app, "GET", `/api/v1/bookings/${id}`, await as(userId)),
    list: (query: Record<string, string>) => send(app, "GET", `/api/v1/bookings?${new URLSearchParams(query).toString()}`, {}),
    patch: async (userId: string | null, id: string, ifMatch: string | null, body: unknown) =>
      send(app, "PATCH", `/api/v1/bookings/${id}`, { ...(await as(userId)), ...(ifMatch === null ? {} : { "if-match": ifMatch }) }, body),
    cancel: async (userId: string | null, id: string, ifMatch: string | null = null) =>
      send(app, "POST", `/api/v1/bookings/${id}/cancel`, { ...(await as(userId)), ...(ifMatch === null ? {} : { "if-match": ifMatch }) }),
    /** The session headers of a user, for calls this client has no method for. */
    as,
  };
}

export type BookingsClient = ReturnType<typeof bookingsClient>;

