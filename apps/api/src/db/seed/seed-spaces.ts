// Writes each demo centre's spaces (upsert by centre and slug; wholes before their parts), then the physical
// units they occupy. Returns space ids by "centre/space" slug.
import type { Prisma } from "../../generated/prisma/client";
import { syncSpaceUnits } from "../../modules/spaces/space-units.repository";
import { demoSpaces, type DemoSpace } from "./demo-spaces";

type Tx = Prisma.TransactionClient;

export async function seedSpaces(tx: Tx, centreIds: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const spaceIds = new Map<string, string>();
  for (const [centreSlug, spaces] of Object.entries(demoSpaces)) {
    const centreId = centreIds.get(centreSlug);
    if (!centreId) throw new Error(`Demo spaces for an unknown centre: ${centreSlug}`);
    const wholesFirst = [...spaces].sort((a, b) => Number(a.partOf !== null) - Number(b.partOf !== null));
    const ids = new Map<string, string>();
    for (const space of wholesFirst) {
      const partOfId = space.partOf ? ids.get(space.partOf) : null;
      if (partOfId === undefined) throw new Error(`Demo space ${space.slug} is part of an unknown space ${space.partOf}`);
      const fields = spaceFields(space, partOfId);
      const { id } = await tx.space.upsert({
        where: { centreId_slug: { centreId, slug: space.slug } },
        create: { centreId, slug: space.slug, ...fields },
        update: fields,
        select: { id: true },
      });
      ids.set(space.slug, id);
      spaceIds.set(`${centreSlug}/${space.slug}`, id);
    }
    await syncSpaceUnits(tx, centreId);
  }
  return spaceIds;
}

function spaceFields(space: DemoSpace, partOfId: string | null) {
  return {
    name: space.name,
    kind: space.kind,
    capacity: space.capacity,
    equipment: space.equipment,
    stepFree: space.stepFree,
    hearingLoop: space.hearingLoop,
    accessibleWc: space.accessibleWc,
    privacy: space.privacy,
    zone: space.zone,
    minDurationMinutes: space.minDurationMinutes,
    maxDurationMinutes: space.maxDurationMinutes,
    slotStepMinutes: space.slotStepMinutes,
    bufferBeforeMinutes: space.bufferBeforeMinutes,
    bufferAfterMinutes: space.bufferAfterMinutes,
    requiresApproval: space.requiresApproval,
    bookerLimits: Object.fromEntries(
      Object.entries(space.bookerLimits).map(([kind, limits]) => [kind, { noticeMinutes: limits.noticeMinutes, horizonDays: limits.horizonDays }]),
    ),
    allowedBookerKinds: space.allowedBookerKinds,
    partOfId,
    isDemo: true,
  } satisfies Prisma.SpaceUncheckedUpdateInput;
}
