// An admin's change of an activity type's classification and its audit event, in one transaction.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { createAuditRepository } from "../audit/audit.repository";
import type { ActivityType } from "./activity-types.repository";

export interface ClassificationChange {
  id: string;
  sensitivity?: ActivityType["sensitivity"] | undefined;
  tags?: string[] | undefined;
  targeted?: boolean | undefined;
  actorId: string;
  requestId: string | null;
}

const columns = { id: true, slug: true, nameNb: true, nameNn: true, nameEn: true, sensitivity: true, tags: true, targeted: true, defaultVisibility: true } as const;

/** The changed activity type, or null when there is none with the id. */
export async function reclassifyActivityType(prisma: PrismaClient, change: ClassificationChange): Promise<ActivityType | null> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "activity_type" WHERE "id" = ${change.id}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    const before = await tx.activityType.findUniqueOrThrow({ where: { id: change.id }, select: columns });
    const after = await tx.activityType.update({
      where: { id: change.id },
      data: {
        ...(change.sensitivity === undefined ? {} : { sensitivity: change.sensitivity }),
        ...(change.tags === undefined ? {} : { tags: change.tags }),
        ...(change.targeted === undefined ? {} : { targeted: change.targeted }),
      },
      select: columns,
    });
    await createAuditRepository(tx).record({
      actorId: change.actorId,
      actingOrganisationId: null,
      centreId: null,
      action: "activity_type.reclassified",
      entityType: "activity_type",
      entityId: change.id,
      before: classificationOf(before),
      after: classificationOf(after),
      requestId: change.requestId,
    });
    const { nameNb, nameNn, nameEn, ...rest } = after;
    return { ...rest, name: { nb: nameNb, nn: nameNn, en: nameEn } };
  });
}

function classificationOf(row: { sensitivity: string; tags: string[]; targeted: boolean }): Prisma.InputJsonObject {
  return { sensitivity: row.sensitivity, tags: row.tags, targeted: row.targeted };
}
