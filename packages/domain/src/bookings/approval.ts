// Which requests wait for the front desk instead of being confirmed at once.
import type { OrganisationKind } from "../actors/actor";
import type { BookerKind, Space } from "../spaces/space";

export interface ApprovalInput {
  space: Pick<Space, "booking">;
  organisation: { kind: OrganisationKind; verified: boolean };
  bookerKind: BookerKind;
}

/**
 * True when the booking must be requested (status "requested") rather than confirmed: the space requires
 * approval, or the organisation is a volunteer group the front desk has not verified yet. The front desk is the
 * approver, so its own bookings never wait.
 */
export function needsApproval(input: ApprovalInput): boolean {
  if (input.bookerKind === "front_desk") return false;
  const unverifiedGroup = input.organisation.kind === "volunteer_group" && !input.organisation.verified;
  return input.space.booking.requiresApproval || unverifiedGroup;
}
