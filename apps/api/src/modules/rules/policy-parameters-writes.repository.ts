// An admin's change of rule parameters: the document replaced and its audit event, in one transaction.
import type { PolicyParameters } from "@sambruk/domain";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository } from "../audit/audit.repository";

export interface ParametersChange {
  /** Null for the global parameters. */
  centreId: string | null;
  parameters: PolicyParameters;
  actorId: string;
  requestId: string | null;
}

/** Replaces (or first stores) the document where it applies; the audit event holds the documents before and after. */
export async function replaceParameters(prisma: PrismaClient, change: ParametersChange): Promise<PolicyParameters> {
  // Plain JSON by construction: numbers, strings and arrays of them.
  const document = JSON.parse(JSON.stringify(change.parameters)) as Prisma.InputJsonObject;
  return prisma.$transaction(async (tx) => {
    // Two first writes of the same scope must not both insert: serialise them.
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`rules:${change.centreId ?? "global"}`}, 0))`);
    const existing = await tx.policyParameters.findFirst({ where: { centreId: change.centreId }, select: { id: true, document: true } });
    const row = existing
      ? await tx.policyParameters.update({ where: { id: existing.id }, data: { document }, select: { id: true } })
      : await tx.policyParameters.create({ data: { centreId: change.centreId, document }, select: { id: true } });
    await createAuditRepository(tx).record({
      actorId: change.actorId,
      actingOrganisationId: null,
      centreId: change.centreId,
      action: "rules.updated",
      entityType: "policy_parameters",
      entityId: row.id,
      before: existing ? { centreId: change.centreId, document: existing.document as Prisma.InputJsonObject } : null,
      after: { centreId: change.centreId, document },
      requestId: change.requestId,
    });
    return change.parameters;
  });
}
