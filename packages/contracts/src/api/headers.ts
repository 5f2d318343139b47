import { z } from "zod";
import { IdempotencyKeyHeader, IfMatchHeader } from "../bookings";

/** Request headers the API reads, with the schemas the routers parse them with. */
export const requestHeaders = {
  "Idempotency-Key": {
    schema: IdempotencyKeyHeader.shape["idempotency-key"],
    description:
      "A unique key per intended booking (a UUID is a good choice). A retry with the same key returns the original result and creates nothing; the same key with a different body is refused with `idempotency_key_reused`.",
  },
  "If-Match": {
    schema: IfMatchHeader.shape["if-match"],
    description:
      'The ETag of the booking version the change is based on: its `version` in quotes (`"3"`). A stale version is `412 precondition_failed`.',
  },
} as const satisfies Record<string, { schema: z.ZodType; description: string }>;

export type RequestHeaderName = keyof typeof requestHeaders;

/** Response headers the API sends, described once. */
export const responseHeaders = {
  ETag: {
    schema: z.string(),
    description: 'The booking\'s version as a strong entity tag (`"3"`); send it back in `If-Match` to change the booking.',
  },
  Location: { schema: z.string(), description: "The URL of the new booking." },
} as const satisfies Record<string, { schema: z.ZodType; description: string }>;

export type ResponseHeaderName = keyof typeof responseHeaders;

/** The session cookie sign-in sets (with the `__Host-` prefix when the site is served over https). */
export const sessionCookie = {
  name: "sambruk_session",
  description:
    "The session, set by sign-in: httpOnly, SameSite=Lax, named `__Host-sambruk_session` over https. State-changing requests also need the X-CSRF-Token header.",
} as const;
