import { useMutation } from "@tanstack/react-query";
import {
  ConflictProblem,
  CreatedBooking,
  RefusedProblem,
  type Alternative,
  type CreateBooking,
  type Finding,
} from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";

/** What POST /bookings came to, as the form shows it. Other failures are thrown (ApiProblem, ApiError). */
export type BookingOutcome =
  | { kind: "confirmed" | "requested"; booking: CreatedBooking }
  | { kind: "conflict"; alternatives: Alternative[] }
  | { kind: "refused"; findings: Finding[] }
  | { kind: "session_expired" }
  | { kind: "too_many_requests"; retryAfterSeconds: number | null };

export interface CreateBookingVariables {
  request: CreateBooking;
  /** One key per intended booking, the same on every retry, so a retry never books twice. */
  idempotencyKey: string;
}

/** POST /bookings with an Idempotency-Key and the CSRF token: 201 confirmed, 202 requested (the booking's status). */
export async function createBooking({ request, idempotencyKey }: CreateBookingVariables): Promise<BookingOutcome> {
  try {
    const booking = await apiSend("POST", "/bookings", request, CreatedBooking, { headers: { "Idempotency-Key": idempotencyKey } });
    return { kind: booking.status === "requested" ? "requested" : "confirmed", booking };
  } catch (error) {
    if (error instanceof ApiProblem) return outcomeOf(error);
    throw error;
  }
}

/** The refusals the form shows in place; any other problem is thrown on. */
function outcomeOf(error: ApiProblem): BookingOutcome {
  if (error.status === 401) return { kind: "session_expired" };
  if (error.code === "booking_conflict") {
    const conflict = ConflictProblem.safeParse(error.body);
    return { kind: "conflict", alternatives: conflict.success ? conflict.data.alternatives : [] };
  }
  if (error.code === "booking_refused") {
    const refused = RefusedProblem.safeParse(error.body);
    return { kind: "refused", findings: refused.success ? refused.data.findings : [] };
  }
  if (error.status === 429) return { kind: "too_many_requests", retryAfterSeconds: error.retryAfterSeconds };
  throw error;
}

export function useCreateBooking() {
  return useMutation({ mutationFn: createBooking });
}
