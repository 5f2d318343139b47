// The authoritative decision of the shared-use rules, taken inside the write transaction: lock the owner's
// weeks (and, for a targeted service, the centre's), then count with what committed before the lock was ours.
import type { Decision } from "@sambruk/domain";
import { refused } from "./booking-problems";
import { decideWith, refusing, type PolicyInputs } from "./booking-policy";
import type { BookingWrites } from "./booking-store.repository";

/** Throws the 422 when the fresh counts refuse; else the decision, whose outcome sets the booking's status. */
export async function decideUnderLock(writes: Pick<BookingWrites, "policy">, inputs: PolicyInputs): Promise<Decision> {
  await writes.policy.lock(inputs.lockKeys);
  const decision = decideWith(inputs, await writes.policy.bookings(inputs.query));
  if (decision.outcome === "refuse") throw refused(refusing(decision));
  return decision;
}
