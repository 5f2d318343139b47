// Who acts: a user, for an organisation, in a role. The caller is always passed in, never looked up globally.
import type { BookerKind } from "../spaces/space";

export const USER_ROLES = ["resident", "staff", "coordinator", "front_desk", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ORGANISATION_KINDS = ["service_unit", "volunteer_group", "resident", "partner"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Actor {
  userId: string;
  organisationId: string | null;
  role: UserRole;
  /** Whose limits (notice, horizon) apply to the actor's requests. */
  bookerKind: BookerKind;
}

const KIND_BY_ORGANISATION: Record<OrganisationKind, BookerKind> = {
  service_unit: "service_unit",
  volunteer_group: "volunteer_group",
  resident: "resident",
  // Partners are outside actors like volunteer groups: same notice and horizon.
  partner: "volunteer_group",
};

const KIND_BY_ROLE: Record<UserRole, BookerKind> = {
  resident: "resident",
  staff: "service_unit",
  coordinator: "volunteer_group",
  front_desk: "front_desk",
  admin: "front_desk",
};

/**
 * The booker kind of a user: the front desk and admins act for the house ("front_desk"); everyone else
 * books as the kind of their organisation, or, without one, as their role suggests.
 */
export function bookerKindFor(role: UserRole, organisationKind: OrganisationKind | null): BookerKind {
  if (role === "front_desk" || role === "admin") return "front_desk";
  return organisationKind ? KIND_BY_ORGANISATION[organisationKind] : KIND_BY_ROLE[role];
}

/** True when the actor may book for, or change the bookings of, the organisation. */
export function mayActFor(actor: Pick<Actor, "role" | "organisationId">, organisationId: string): boolean {
  return actor.role === "front_desk" || actor.role === "admin" || actor.organisationId === organisationId;
}
