import { z } from "zod";

/** Stable error codes. The web maps each to a translated message; never rename one. */
export const errorCodes = [
  "validation_failed",
  "malformed_json",
  "payload_too_large",
  "unsupported_media_type",
  "invalid_id",
  "not_found",
  "route_not_found",
  "method_not_allowed",
  "booking_conflict",
  "booking_refused",
  "booking_not_editable",
  "precondition_failed",
  "precondition_required",
  "idempotency_key_reused",
  "authentication_required",
  "session_expired",
  "csrf_token_invalid",
  "forbidden",
  "too_many_requests",
  "login_failed",
  "series_changed",
  "series_misfits",
  "appointment_taken",
  "appointment_unavailable",
  "not_pending",
  "approval_blocked",
  "check_in_unavailable",
  "bump_refused",
  "offer_unavailable",
  "waitlist_duplicate",
  "database_unavailable",
  "internal_error",
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One field-level finding; `pointer` is an RFC 6901 JSON pointer into the request (e.g. "/query/from"). */
export const ProblemFieldError = z.object({
  pointer: z.string(),
  code: z.string(),
  detail: z.string().optional(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/** RFC 9457 problem document, served as application/problem+json. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: ErrorCode,
  requestId: z.string().optional(),
  errors: z.array(ProblemFieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The `type` URI of a problem code; documented on the API docs page. */
export function problemType(code: ErrorCode): string {
  return `https://sambruk.no/problems/${code.replaceAll("_", "-")}`;
}
