// Users as the providers know them: found by (provider, subject), created on first sign-in.
import type { PrismaClient } from "../../../generated/prisma/client";
import { isUniqueViolation } from "../../../db/sql-state";

/** What Sambruk keeps of a sign-in: no identity number, no other claim. */
export interface VerifiedIdentity {
  provider: string;
  audience: "public" | "staff";
  subject: string;
  displayName: string;
  email: string | null;
}

/** The personal organisation of a resident: never the person's name, as organisation names can be public. */
export const PERSONAL_ORGANISATION_NAME = "Privatperson";

/**
 * The user of the identity, created with it on first sign-in (residents also get a personal
 * organisation to book for); the name, email and last sign-in are refreshed every time.
 */
export async function provisionUser(db: PrismaClient, identity: VerifiedIdentity, now = new Date()): Promise<{ userId: string; created: boolean }> {
  try {
    return await provisionOnce(db, identity, now);
  } catch (error) {
    // Two first sign-ins of one subject at once: the loser finds the winner's user.
    if (isUniqueViolation(error)) return provisionOnce(db, identity, now);
    throw error;
  }
}

function provisionOnce(db: PrismaClient, identity: VerifiedIdentity, now: Date): Promise<{ userId: string; created: boolean }> {
  const { provider, subject, displayName, email } = identity;
  return db.$transaction(async (tx) => {
    const known = await tx.userIdentity.findUnique({ where: { provider_subject: { provider, subject } }, select: { userId: true } });
    if (known) {
      await tx.user.update({ where: { id: known.userId }, data: { displayName, email, lastLoginAt: now } });
      return { userId: known.userId, created: false };
    }
    const user = await tx.user.create({
      data: { displayName, email, lastLoginAt: now, identities: { create: { provider, subject } } },
      select: { id: true },
    });
    if (identity.audience === "public") {
      await tx.organisation.create({
        data: { kind: "resident", name: PERSONAL_ORGANISATION_NAME, memberships: { create: { userId: user.id, role: "coordinator" } } },
      });
    }
    return { userId: user.id, created: true };
  });
}
