// The permission model: one function that says whether an actor may do an action on a resource. The API
// enforces it; the web asks it what to offer. The public (no session) may only read what is public.
import { membershipMayBook, membershipOf, type Actor } from "./actor";

/** Where a booking lives and whose it is. */
export interface BookingResource {
  organisationId: string;
  centreId: string;
}

export interface Permissions {
  /** Book for the organisation in the centre, and change or cancel its bookings there. */
  "booking.write": BookingResource;
  /** See a booking in full (title, description, who booked) even when it is busy-only. */
  "booking.view": BookingResource;
  /** See an organisation's bookings and members' view of it. */
  "organisation.view": { organisationId: string; homeCentreId: string | null };
  /** Verify an informal group, so its bookings no longer go to review. */
  "organisation.verify": { homeCentreId: string | null };
  /** Register an informal group (any signed-in user). */
  "organisation.register": Record<string, never>;
  /** Read the audit trail of a centre, or of everything with `centreId: null`. */
  "audit.view": { centreId: string | null };
  /** Change the shared-use rules, the catalogue, spaces and centres. */
  "configuration.change": Record<string, never>;
}
export type Action = keyof Permissions;

export const ACTIONS = [
  "booking.write",
  "booking.view",
  "organisation.view",
  "organisation.verify",
  "organisation.register",
  "audit.view",
  "configuration.change",
] as const satisfies readonly Action[];

function isHostOf(actor: Actor, centreId: string | null): boolean {
  return centreId !== null && actor.frontDeskCentreIds.includes(centreId);
}

const rules: { [A in Action]: (actor: Actor, resource: Permissions[A]) => boolean } = {
  "booking.write": (actor, { organisationId, centreId }) => {
    const membership = membershipOf(actor, organisationId);
    return (membership !== undefined && membershipMayBook(membership)) || isHostOf(actor, centreId);
  },
  "booking.view": (actor, { organisationId, centreId }) => membershipOf(actor, organisationId) !== undefined || isHostOf(actor, centreId),
  "organisation.view": (actor, { organisationId, homeCentreId }) =>
    membershipOf(actor, organisationId) !== undefined || isHostOf(actor, homeCentreId),
  "organisation.verify": (actor, { homeCentreId }) => isHostOf(actor, homeCentreId),
  "organisation.register": () => true,
  "audit.view": (actor, { centreId }) => isHostOf(actor, centreId),
  "configuration.change": () => false,
};

/** True when the actor may do the action on the resource. Admins may do everything; the public nothing here. */
export function can<A extends Action>(actor: Actor | null, action: A, resource: Permissions[A]): boolean {
  if (actor === null) return false;
  if (actor.isAdmin) return true;
  return rules[action](actor, resource);
}
