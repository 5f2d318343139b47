import { Booking } from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";

/**
 * A write to one booking with `If-Match: "<version>"` and the CSRF token; parses the changed booking. A refusal
 * throws ApiProblem with the whole problem document: read a 409's alternatives and a 422's findings back with
 * ConflictProblem/RefusedProblem.safeParse(error.body).
 */
export function sendBookingChange(
  method: "POST" | "PATCH",
  path: string,
  version: number,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Booking> {
  return apiSend(method, path, body, Booking, { headers: { "If-Match": `"${String(version)}"` }, signal });
}
