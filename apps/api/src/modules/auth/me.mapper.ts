import type { DemoUser, Me } from "@sambruk/contracts";
import { membershipMayBook, rolesOf } from "@sambruk/domain";
import type { SignedIn } from "../../http/actor";
import type { PrincipalRecord } from "../users/users.repository";

function membershipsOf(principal: PrincipalRecord): Me["memberships"] {
  return principal.memberships.map((membership) => ({
    organisationId: membership.organisationId,
    organisationName: membership.organisationName,
    organisationKind: membership.organisationKind,
    role: membership.role,
    mayBook: membershipMayBook(membership),
    verified: membership.verified,
  }));
}

function rolesOfPrincipal(principal: PrincipalRecord) {
  return rolesOf({ isAdmin: principal.isAdmin, frontDeskCentreIds: principal.frontDeskCentres.map((c) => c.id), memberships: principal.memberships });
}

export function toMe(signedIn: SignedIn, idleMinutes: number): Me {
  const { principal, actor } = signedIn;
  const acting = principal.memberships.find((m) => m.organisationId === actor.actingOrganisationId);
  return {
    user: { id: principal.id, displayName: principal.displayName, email: principal.email },
    roles: rolesOfPrincipal(principal),
    memberships: membershipsOf(principal),
    frontDeskCentres: principal.frontDeskCentres,
    actingFor: acting
      ? { organisationId: acting.organisationId, organisationName: acting.organisationName, organisationKind: acting.organisationKind }
      : null,
    csrfToken: signedIn.csrfToken,
    provider: signedIn.provider,
    expiresAt: signedIn.expiresAt.toISOString(),
    idleExpiresAt: new Date(Math.min(signedIn.lastSeenAt.getTime() + idleMinutes * 60_000, signedIn.expiresAt.getTime())).toISOString(),
  };
}

export function toDemoUser(principal: PrincipalRecord): DemoUser {
  return {
    id: principal.id,
    displayName: principal.displayName,
    roles: rolesOfPrincipal(principal),
    organisations: principal.memberships.filter((m) => m.organisationKind !== "resident").map((m) => m.organisationName),
    frontDeskCentres: principal.frontDeskCentres.map((centre) => centre.name),
  };
}

/** The organisation a new session acts for: the first one the user may book for. */
export function defaultActingFor(principal: PrincipalRecord | null): string | null {
  return principal?.memberships.find(membershipMayBook)?.organisationId ?? principal?.memberships[0]?.organisationId ?? null;
}
