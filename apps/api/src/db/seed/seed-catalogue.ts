// Writes the service areas, activity types, organisations and users of the demo (upserts by natural key or
// fixed id). Returns their ids by key for the steps after it.
import type { Prisma } from "../../generated/prisma/client";
import { demoActivityTypes, demoServiceAreas } from "./demo-catalogue";
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS, demoOrganisations, demoUsers } from "./demo-people";

type Tx = Prisma.TransactionClient;

export interface SeededCatalogue {
  /** Activity type ids by slug. */
  activityTypeIds: Map<string, string>;
  serviceAreas: number;
  organisations: number;
  users: number;
}

/** `centreIds`: the demo centres' ids by slug, for the front-desk hosts. */
export async function seedCatalogue(tx: Tx, centreIds: Map<string, string>): Promise<SeededCatalogue> {
  const areaIds = new Map<string, string>();
  for (const area of demoServiceAreas) {
    const fields = { nameNb: area.name.nb, nameNn: area.name.nn, nameEn: area.name.en };
    const { id } = await tx.serviceArea.upsert({
      where: { slug: area.slug },
      create: { slug: area.slug, ...fields },
      update: fields,
      select: { id: true },
    });
    areaIds.set(area.slug, id);
  }
  const activityTypeIds = new Map<string, string>();
  for (const type of demoActivityTypes) {
    const fields = {
      nameNb: type.name.nb,
      nameNn: type.name.nn,
      nameEn: type.name.en,
      sensitivity: type.sensitivity,
      tags: type.tags,
      targeted: type.targeted,
      defaultVisibility: type.defaultVisibility,
    };
    const { id } = await tx.activityType.upsert({
      where: { slug: type.slug },
      create: { slug: type.slug, ...fields },
      update: fields,
      select: { id: true },
    });
    activityTypeIds.set(type.slug, id);
  }
  for (const organisation of demoOrganisations) {
    const id = DEMO_ORGANISATION_IDS[organisation.key];
    const fields = {
      kind: organisation.kind,
      name: organisation.name,
      serviceAreaId: organisation.serviceArea ? (areaIds.get(organisation.serviceArea) ?? null) : null,
      organisationNumber: organisation.organisationNumber,
      verified: organisation.verified,
      hasKeyAgreement: organisation.hasKeyAgreement,
      houseService: organisation.houseService,
      isDemo: true,
    };
    await tx.organisation.upsert({ where: { id }, create: { id, ...fields }, update: fields });
  }
  for (const user of demoUsers) {
    const id = DEMO_USER_IDS[user.key];
    const fields = { displayName: user.displayName, email: user.email, isAdmin: user.isAdmin, isDemo: true };
    await tx.user.upsert({ where: { id }, create: { id, ...fields }, update: fields });
    for (const membership of user.memberships) {
      const organisationId = DEMO_ORGANISATION_IDS[membership.organisation];
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: id, organisationId } },
        create: { userId: id, organisationId, role: membership.role },
        update: { role: membership.role },
      });
    }
    for (const slug of user.frontDesk) {
      const centreId = centreIds.get(slug);
      if (!centreId) throw new Error(`The demo host ${user.key} names an unknown centre ${slug}`);
      await tx.frontDeskAssignment.upsert({ where: { userId_centreId: { userId: id, centreId } }, create: { userId: id, centreId }, update: {} });
    }
  }
  return {
    activityTypeIds,
    serviceAreas: demoServiceAreas.length,
    organisations: demoOrganisations.length,
    users: demoUsers.length,
  };
}
