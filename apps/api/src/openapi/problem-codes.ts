import { errorCodes, type ErrorCode } from "@sambruk/contracts";

/** What each problem code means, for API clients (the web app has its own, translated, wording). */
const meaning: Record<ErrorCode, { status: string; text: string }> = {
  validation_failed: { status: "400", text: "A query, body or header field is not valid; `errors` points at each one." },
  malformed_json: { status: "400", text: "The body is not valid JSON." },
  payload_too_large: { status: "413", text: "The body is larger than the API accepts." },
  unsupported_media_type: { status: "415", text: "The body is not `application/json`, or has an unsupported encoding." },
  invalid_id: { status: "400", text: "The id in the path is not a valid identifier." },
  not_found: { status: "404", text: "There is no such item." },
  route_not_found: { status: "404", text: "No API route answers this method and path." },
  method_not_allowed: { status: "405", text: "The path exists but not with this method." },
  booking_conflict: { status: "409", text: "The time is taken; the problem lists the conflicts and ranked alternatives." },
  booking_refused: { status: "422", text: "A rule refuses the booking; the problem lists the findings." },
  booking_not_editable: { status: "409", text: "The booking's status no longer allows this change." },
  precondition_failed: { status: "412", text: "`If-Match` names a version that is no longer current." },
  precondition_required: { status: "428", text: "The change needs an `If-Match` header." },
  idempotency_key_reused: { status: "422", text: "The `Idempotency-Key` was used before with a different request." },
  authentication_required: { status: "401", text: "The request needs a signed-in user (a session cookie)." },
  session_expired: { status: "401", text: "The session cookie no longer opens a session (ended, idle too long, or tampered with); sign in again." },
  csrf_token_invalid: { status: "403", text: "A state-changing request with a session lacks the `X-CSRF-Token` header from `/auth/me`, or it is wrong." },
  forbidden: { status: "403", text: "The signed-in user may not do this." },
  too_many_requests: { status: "429", text: "Too many requests; `Retry-After` says how many seconds to wait." },
  login_failed: { status: "400", text: "Sign-in at the identity provider did not complete; start again." },
  series_changed: { status: "409", text: "An occurrence sent is no longer bookable; `preview` is the fresh preview." },
  series_misfits: { status: "409", text: "The change does not fit some occurrences (`occurrences`); nothing was applied." },
  appointment_taken: { status: "409", text: "Someone took the appointment slot first; choose another." },
  not_pending: { status: "409", text: "The booking no longer waits for a decision (someone decided it meanwhile); reload." },
  approval_blocked: { status: "409", text: "A confirmed booking holds the time; the request cannot be approved as it is." },
  check_in_unavailable: { status: "409", text: "The booking cannot be checked in now: not confirmed, or outside its check-in window." },
  bump_refused: { status: "422", text: "The bump breaks a priority or notice rule; `refusals` gives the rule for each booking in the way." },
  offer_unavailable: { status: "409", text: "The offer is no longer open: accepted, withdrawn, expired, or its time was taken meanwhile." },
  waitlist_duplicate: { status: "409", text: "You already wait for this space and time." },
  appointment_unavailable: { status: "422", text: "The slot is not one of the window's, has passed, or the mode is not offered." },
  database_unavailable: { status: "503", text: "The database cannot be reached; try again shortly." },
  internal_error: { status: "500", text: "Something failed on the server; it has been logged." },
};

/** A Markdown table of every problem code, for the document's description. */
export function problemCodeTable(): string {
  const rows = errorCodes.map((code) => `| \`${code}\` | ${meaning[code].status} | ${meaning[code].text} |`);
  return ["| code | status | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}
