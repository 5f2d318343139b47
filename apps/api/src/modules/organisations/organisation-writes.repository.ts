// Writes of organisations, each in one transaction with its audit event: registering an informal group (with
// its contact persons and its coordinator) and verifying it.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository } from "../audit/audit.repository";
import { organisationSelect, toOrganisationRecord, type ContactPersonRecord, type OrganisationRecord } from "./organisations.repository";

export interface GroupRegistration {
  name: string;
  homeCentreId: string;
  contactPersons: readonly ContactPersonRecord[];
  /** The registering user, who becomes the group's coordinator. */
  actorId: string;
  requestId: string | null;
}

export interface Verification {
  id: string;
  actorId: string;
  requestId: string | null;
}

export type RegistrationResult = { kind: "registered"; organisation: OrganisationRecord } | { kind: "unknown_centre" };
export type VerificationResult = { kind: "verified" | "unchanged"; organisation: OrganisationRecord } | { kind: "not_found" };

export interface OrganisationWrites {
  register(registration: GroupRegistration): Promise<RegistrationResult>;
  verify(verification: Verification): Promise<VerificationResult>;
}

export function createOrganisationWrites(prisma: PrismaClient): OrganisationWrites {
  return {
    register: (registration) => registerGroup(prisma, registration),
    verify: (verification) => verifyOrganisation(prisma, verification),
  };
}

/** The audit trail keeps who the contact persons are out of it (personal data): only how many there are. */
function registrationState(organisation: OrganisationRecord): Prisma.InputJsonObject {
  const { kind, name, homeCentreId, verified, contactPersons } = organisation;
  return { kind, name, homeCentreId, verified, contactPersons: contactPersons.length };
}

export async function registerGroup(prisma: PrismaClient, registration: GroupRegistration): Promise<RegistrationResult> {
  return prisma.$transaction(async (tx) => {
    const centre = await tx.centre.findUnique({ where: { id: registration.homeCentreId }, select: { id: true } });
    if (!centre) return { kind: "unknown_centre" };
    const row = await tx.organisation.create({
      data: {
        kind: "volunteer_group",
        name: registration.name,
        verified: false,
        homeCentreId: centre.id,
        contacts: {
          create: registration.contactPersons.map(({ name, phone, email }, position) => ({ name, phone, email, position })),
        },
        memberships: { create: { userId: registration.actorId, role: "coordinator" } },
      },
      select: organisationSelect,
    });
    const organisation = toOrganisationRecord(row);
    await createAuditRepository(tx).record({
      actorId: registration.actorId,
      actingOrganisationId: organisation.id,
      centreId: centre.id,
      action: "organisation.registered",
      entityType: "organisation",
      entityId: organisation.id,
      before: null,
      after: registrationState(organisation),
      requestId: registration.requestId,
    });
    return { kind: "registered", organisation };
  });
}

/** Idempotent: verifying a verified organisation changes nothing and records nothing. */
export async function verifyOrganisation(prisma: PrismaClient, verification: Verification): Promise<VerificationResult> {
  return prisma.$transaction(async (tx) => {
    // Two hosts verifying at once: the second waits and then finds the group verified.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "organisation" WHERE "id" = ${verification.id}::uuid FOR UPDATE`;
    if (locked.length === 0) return { kind: "not_found" };
    const before = toOrganisationRecord(await tx.organisation.findUniqueOrThrow({ where: { id: verification.id }, select: organisationSelect }));
    if (before.verified) return { kind: "unchanged", organisation: before };
    const after = toOrganisationRecord(
      await tx.organisation.update({ where: { id: verification.id }, data: { verified: true }, select: organisationSelect }),
    );
    await createAuditRepository(tx).record({
      actorId: verification.actorId,
      // The organisation the act concerns, so its history can be read by `organisationId`.
      actingOrganisationId: after.id,
      centreId: after.homeCentreId,
      action: "organisation.verified",
      entityType: "organisation",
      entityId: after.id,
      before: { verified: before.verified },
      after: { verified: after.verified },
      requestId: verification.requestId,
    });
    return { kind: "verified", organisation: after };
  });
}
