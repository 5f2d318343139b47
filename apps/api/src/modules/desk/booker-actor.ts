// The rules judge a desk booking as its booker would be judged: the organisation's own kind (its notice, horizon,
// limits and tier), or the house itself for a booking the desk made for itself. These actors stand in for the
// booker in evaluateBooking once the desk's own access has been checked; they never decide access.
import type { Actor, BookerKind, OrganisationKind } from "@sambruk/domain";

export interface BookerOf {
  organisation: { id: string; kind: OrganisationKind };
  /** The stored booker kind of a booking; omitted for a new booking, which is the organisation's own. */
  bookerKind?: BookerKind;
  userId: string;
  centreId: string;
}

export function bookerActor(booker: BookerOf): Actor {
  const base = { userId: booker.userId, isAdmin: false, frontDeskCentreIds: [] as string[], memberships: [], actingOrganisationId: null };
  if (booker.bookerKind === "front_desk") return { ...base, frontDeskCentreIds: [booker.centreId] };
  return {
    ...base,
    memberships: [{ organisationId: booker.organisation.id, organisationKind: booker.organisation.kind, role: "coordinator" }],
    actingOrganisationId: booker.organisation.id,
  };
}
