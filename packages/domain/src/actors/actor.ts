// Who acts: a signed-in user with their memberships, front-desk centres and admin flag, acting for one
// organisation. The caller is always passed in, never looked up globally.
import type { BookerKind } from "../spaces/space";

export const ORGANISATION_KINDS = ["service_unit", "volunteer_group", "resident", "partner"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBERSHIP_ROLES = ["member", "coordinator"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** What a user may be; one user may be several (a host who also coordinates a group). */
export const ROLES = ["resident", "volunteer", "coordinator", "staff", "front_desk", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface ActorMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  role: MembershipRole;
}

/** A signed-in user as the rules see them. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** The centres where the user is a front-desk host. */
  frontDeskCentreIds: readonly string[];
  memberships: readonly ActorMembership[];
  /** The organisation the user has chosen to act for; the default of their new bookings. */
  actingOrganisationId: string | null;
}

const KIND_BY_ORGANISATION: Record<OrganisationKind, BookerKind> = {
  service_unit: "service_unit",
  volunteer_group: "volunteer_group",
  resident: "resident",
  // Partners are outside actors like volunteer groups: same notice and horizon.
  partner: "volunteer_group",
};

/** Staff book for their service unit; in a group or for a resident, only a coordinator books. */
export function membershipMayBook(membership: Pick<ActorMembership, "organisationKind" | "role">): boolean {
  return membership.role === "coordinator" || membership.organisationKind === "service_unit";
}

export function membershipOf(actor: Pick<Actor, "memberships">, organisationId: string): ActorMembership | undefined {
  return actor.memberships.find((membership) => membership.organisationId === organisationId);
}

/** The roles a user holds, for display and for the web to decide what to offer. */
export function rolesOf(actor: Pick<Actor, "isAdmin" | "frontDeskCentreIds" | "memberships">): Role[] {
  const roles = new Set<Role>();
  for (const membership of actor.memberships) {
    if (membership.organisationKind === "resident") roles.add("resident");
    else if (membership.organisationKind === "service_unit") roles.add("staff");
    else roles.add(membership.role === "coordinator" ? "coordinator" : "volunteer");
  }
  if (actor.frontDeskCentreIds.length > 0) roles.add("front_desk");
  if (actor.isAdmin) roles.add("admin");
  return ROLES.filter((role) => roles.has(role));
}

/**
 * Whose limits (notice, horizon) and tier apply when the actor books for the organisation: a member who may
 * book uses the organisation's kind; the front desk and admins booking for someone else act for the house.
 * Call it after `can` has allowed the booking.
 */
export function bookerKindOf(actor: Actor, organisation: { id: string; kind: OrganisationKind }): BookerKind {
  const membership = membershipOf(actor, organisation.id);
  if (membership && membershipMayBook(membership)) return KIND_BY_ORGANISATION[organisation.kind];
  return "front_desk";
}
