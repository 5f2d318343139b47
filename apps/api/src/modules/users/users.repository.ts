import type { OrganisationKind, UserRole } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

/** What acting needs to know of a user: the role and the organisation's kind. */
export interface UserRecord {
  id: string;
  role: UserRole;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
}

export interface UsersRepository {
  findById(id: string): Promise<UserRecord | null>;
}

export function createUsersRepository(db: Db): UsersRepository {
  return {
    async findById(id) {
      const row = await db.user.findUnique({
        where: { id },
        select: { id: true, role: true, organisationId: true, organisation: { select: { kind: true } } },
      });
      if (!row) return null;
      return { id: row.id, role: row.role, organisationId: row.organisationId, organisationKind: row.organisation?.kind ?? null };
    },
  };
}
