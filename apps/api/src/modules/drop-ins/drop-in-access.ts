// Who sees a drop-in window's appointments in full (names and phones) and may cancel any of them: the same rule
// as for seeing its booking in full (seesInFull): the service's members, the front desk of its centre, admins.
import { can, type Actor } from "@sambruk/domain";

export function seesAppointmentsOf(actor: Actor | null, window: { organisationId: string; centreId: string }): boolean {
  return can(actor, "booking.view", window);
}
