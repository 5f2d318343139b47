import { z } from "zod";
import { PROBLEM_CONTENT_TYPE, type ErrorCode, Problem } from "../problem";
import type { RequestHeaderName, ResponseHeaderName } from "./headers";

export const JSON_CONTENT_TYPE = "application/json";
export const CALENDAR_CONTENT_TYPE = "text/calendar";
export type ApiContentType = typeof JSON_CONTENT_TYPE | typeof PROBLEM_CONTENT_TYPE | typeof CALENDAR_CONTENT_TYPE;
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type ApiTag = "Health" | "Centres" | "Spaces" | "Catalogue" | "Availability" | "Bookings" | "Reference" | "Auth" | "Organisations" | "Audit" | "Programme" | "Series" | "Drop-ins" | "Front desk" | "Notifications" | "Calendar feeds" | "Waitlist";

export interface ApiResponse {
  readonly description: string;
  readonly contentType: ApiContentType;
  readonly schema: z.ZodType;
  /** Problem responses: every `code` this response can carry. */
  readonly codes?: readonly ErrorCode[];
  readonly headers?: readonly ResponseHeaderName[];
  /** A redirect: no body; `schema` describes the `Location` header (see redirectResponse). */
  readonly redirect?: true;
}

/** A status code, or "default" for the unexpected (5xx) problemResponses any route can answer with. */
export type ApiStatus = number | "default";

/** One endpoint as the API serves it and the OpenAPI document describes it. */
export interface ApiRoute {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The full path in OpenAPI style, e.g. "/api/v1/centres/{id}". */
  readonly path: `/api/${string}`;
  readonly tag: ApiTag;
  /** "user": the caller needs a session (see sessionCookie); "none": anyone may call. */
  readonly auth: "none" | "user";
  readonly summary: string;
  readonly description: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /** What each path or query parameter means, by name. */
  readonly parameterDescriptions?: Readonly<Record<string, string>>;
  readonly headers?: readonly { readonly name: RequestHeaderName; readonly required: boolean }[];
  readonly body?: z.ZodType;
  readonly responses: Readonly<Partial<Record<ApiStatus, ApiResponse>>>;
}

export function jsonResponse(schema: z.ZodType, description: string, headers?: readonly ResponseHeaderName[]): ApiResponse {
  return { description, contentType: JSON_CONTENT_TYPE, schema, ...(headers ? { headers } : {}) };
}

/** An iCalendar (RFC 5545) document, UTF-8: a feed to subscribe to. */
export function calendarResponse(description: string): ApiResponse {
  return { description, contentType: CALENDAR_CONTENT_TYPE, schema: z.string() };
}

/** A redirect (302) without a body: the browser goes on to `Location`, described by `location`. */
export function redirectResponse(description: string, location: z.ZodType): ApiResponse {
  return { description, contentType: JSON_CONTENT_TYPE, schema: location, redirect: true };
}

/** An RFC 9457 problem response carrying one of `codes`. */
export function problemResponse(description: string, codes: readonly ErrorCode[], schema: z.ZodType = Problem): ApiResponse {
  return { description, contentType: PROBLEM_CONTENT_TYPE, schema, codes };
}

/** Shared problem responses, worded once. */
export const problemResponses = {
  invalidId: problemResponse("The id in the path is not a valid identifier.", ["invalid_id"]),
  invalidQuery: problemResponse("The query is not valid; `errors` points at each field.", ["validation_failed"]),
  invalidBody: problemResponse("The body or a header is not valid; `errors` points at each field.", ["validation_failed", "malformed_json"]),
  tooLarge: problemResponse("The request body is larger than the API accepts.", ["payload_too_large"]),
  notJson: problemResponse("The request body is not JSON.", ["unsupported_media_type"]),
  notFound: problemResponse("There is no such item.", ["not_found"]),
  unauthenticated: problemResponse("No session, or one that has ended.", ["authentication_required", "session_expired"]),
  forbidden: problemResponse("The signed-in user may not do this, or a write lacks the CSRF token.", ["forbidden", "csrf_token_invalid"]),
  tooManyRequests: problemResponse("Too many writes by this user; `Retry-After` says when to try again.", ["too_many_requests"]),
  unexpected: problemResponse("Something failed on the server (500) or the database cannot be reached (503).", [
    "internal_error",
    "database_unavailable",
  ]),
} as const;

/** What any signed-in write can answer besides its own: no session, not allowed, too large, not JSON, too many. */
export const writeProblemResponses = {
  401: problemResponses.unauthenticated,
  403: problemResponses.forbidden,
  413: problemResponses.tooLarge,
  415: problemResponses.notJson,
  429: problemResponses.tooManyRequests,
} as const;
