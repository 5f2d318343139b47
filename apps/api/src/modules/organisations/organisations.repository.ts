// Reads of organisations: one with its contact persons, and the groups a front desk has to verify.
import type { OrganisationKind } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface ContactPersonRecord {
  name: string;
  phone: string;
  email: string | null;
}

export interface OrganisationRecord {
  id: string;
  kind: OrganisationKind;
  name: string;
  organisationNumber: string | null;
  verified: boolean;
  hasKeyAgreement: boolean;
  homeCentreId: string | null;
  contactPersons: ContactPersonRecord[];
  createdAt: Date;
}

export interface OrganisationFilter {
  /** Only organisations at home in these centres; null for every organisation. */
  homeCentreIds: readonly string[] | null;
  verified?: boolean | undefined;
}

export interface OrganisationsRepository {
  findById(id: string): Promise<OrganisationRecord | null>;
  /** Oldest first, so the group that has waited longest for verification comes first. */
  find(filter: OrganisationFilter): Promise<OrganisationRecord[]>;
  centreExists(id: string): Promise<boolean>;
}

export const organisationSelect = {
  id: true,
  kind: true,
  name: true,
  organisationNumber: true,
  verified: true,
  hasKeyAgreement: true,
  homeCentreId: true,
  createdAt: true,
  contacts: { select: { name: true, phone: true, email: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.OrganisationSelect;

type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

export function toOrganisationRecord({ contacts, ...row }: OrganisationRow): OrganisationRecord {
  return { ...row, contactPersons: contacts };
}

export function createOrganisationsRepository(db: Db): OrganisationsRepository {
  return {
    async findById(id) {
      const row = await db.organisation.findUnique({ where: { id }, select: organisationSelect });
      return row ? toOrganisationRecord(row) : null;
    },
    async find({ homeCentreIds, verified }) {
      const rows = await db.organisation.findMany({
        where: {
          ...(homeCentreIds === null ? {} : { homeCentreId: { in: [...homeCentreIds] } }),
          ...(verified === undefined ? {} : { verified }),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: organisationSelect,
      });
      return rows.map(toOrganisationRecord);
    },
    async centreExists(id) {
      return (await db.centre.count({ where: { id } })) > 0;
    },
  };
}
