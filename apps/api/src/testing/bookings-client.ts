// A small HTTP client for the booking endpoints in tests: JSON in, status + headers + parsed JSON out.
import { randomUUID } from "node:crypto";
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

const as = (userId: string | null): HeaderMap => (userId ? { "x-sambruk-user": userId } : {});

export function bookingsClient(app: TestApp) {
  return {
    create: (userId: string | null, body: unknown, key: string | null = randomUUID(), headers: HeaderMap = {}) =>
      send(app, "POST", "/api/v1/bookings", { ...as(userId), ...(key === null ? {} : { "idempotency-key": key }), ...headers }, body),
    check: (userId: string | null, body: unknown) => send(app, "POST", "/api/v1/bookings/check", as(userId), body),
    get: (id: string, headers: HeaderMap = {}) => send(app, "GET", `/api/v1/bookings/${id}`, headers),
    list: (query: Record<string, string>) => send(app, "GET", `/api/v1/bookings?${new URLSearchParams(query).toString()}`, {}),
    patch: (userId: string | null, id: string, ifMatch: string | null, body: unknown) =>
      send(app, "PATCH", `/api/v1/bookings/${id}`, { ...as(userId), ...(ifMatch === null ? {} : { "if-match": ifMatch }) }, body),
    cancel: (userId: string | null, id: string, ifMatch: string | null = null) =>
      send(app, "POST", `/api/v1/bookings/${id}/cancel`, { ...as(userId), ...(ifMatch === null ? {} : { "if-match": ifMatch }) }),
  };
}

export type BookingsClient = ReturnType<typeof bookingsClient>;

