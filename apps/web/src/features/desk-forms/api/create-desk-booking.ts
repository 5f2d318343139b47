import { useMutation } from "@tanstack/react-query";
import {
  BumpRefusedProblem,
  ConflictProblem,
  DeskBookingCreated,
  RefusedProblem,
  type Alternative,
  type BumpRefusal,
  type DeskCreateBooking,
  type Finding,
} from "@sambruk/contracts";
import { apiSend } from "../../../lib/api-client";
import { ApiProblem } from "../../../lib/api-error";

/** What POST /desk/bookings came to, as the form shows it. Other failures are thrown (ApiProblem, ApiError). */
export type DeskBookingOutcome =
  | { kind: "created"; created: DeskBookingCreated }
  | { kind: "conflict"; alternatives: Alternative[] }
  | { kind: "refused"; findings: Finding[] }
  | { kind: "bump_refused"; refusals: BumpRefusal[] };

export interface CreateDeskBookingVariables {
  request: DeskCreateBooking;
  /** One key per intended booking, the same on every retry, so a retry never books twice. */
  idempotencyKey: string;
}

/** POST /desk/bookings: a booking on someone's behalf, bumping lower tiers in the way when `bump` is given. */
export async function createDeskBooking({ request, idempotencyKey }: CreateDeskBookingVariables): Promise<DeskBookingOutcome> {
  try {
    const created = await apiSend("POST", "/desk/bookings", request, DeskBookingCreated, { headers: { "Idempotency-Key": idempotencyKey } });
    return { kind: "created", created };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    if (error.code === "booking_conflict") {
      const conflict = ConflictProblem.safeParse(error.body);
      return { kind: "conflict", alternatives: conflict.success ? conflict.data.alternatives : [] };
    }
    if (error.code === "booking_refused") {
      const refused = RefusedProblem.safeParse(error.body);
      return { kind: "refused", findings: refused.success ? refused.data.findings : [] };
    }
    if (error.code === "bump_refused") {
      const refused = BumpRefusedProblem.safeParse(error.body);
      return { kind: "bump_refused", refusals: refused.success ? refused.data.refusals : [] };
    }
    throw error;
  }
}

export function useCreateDeskBooking() {
  return useMutation({ mutationFn: createDeskBooking });
}
