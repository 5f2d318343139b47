import type { ActorMembership } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface MembershipRecord extends ActorMembership {
  organisationName: string;
  verified: boolean;
}

/** A user with everything that decides what they may do. */
export interface PrincipalRecord {
  id: string;
  displayName: string;
  email: string | null;
  isAdmin: boolean;
  isDemo: boolean;
  memberships: MembershipRecord[];
  frontDeskCentres: { id: string; name: string }[];
}

export interface UsersRepository {
  findPrincipal(id: string): Promise<PrincipalRecord | null>;
  /** The seeded demo people, by name. */
  findDemoUsers(): Promise<PrincipalRecord[]>;
  recordLogin(id: string, at: Date): Promise<void>;
}

const principalSelect = {
  id: true,
  displayName: true,
  email: true,
  isAdmin: true,
  isDemo: true,
  memberships: {
    select: { role: true, organisation: { select: { id: true, name: true, kind: true, verified: true } } },
    orderBy: { createdAt: "asc" },
  },
  frontDeskCentres: { select: { centre: { select: { id: true, name: true } } }, orderBy: { centre: { name: "asc" } } },
} as const satisfies Prisma.UserSelect;

type PrincipalRow = Prisma.UserGetPayload<{ select: typeof principalSelect }>;

function toPrincipal(row: PrincipalRow): PrincipalRecord {
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    isAdmin: row.isAdmin,
    isDemo: row.isDemo,
    memberships: row.memberships.map(({ role, organisation }) => ({
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      role,
      verified: organisation.verified,
    })),
    frontDeskCentres: row.frontDeskCentres.map(({ centre }) => centre),
  };
}

export function createUsersRepository(db: Db): UsersRepository {
  return {
    async findPrincipal(id) {
      const row = await db.user.findUnique({ where: { id }, select: principalSelect });
      return row ? toPrincipal(row) : null;
    },
    async findDemoUsers() {
      const rows = await db.user.findMany({ where: { isDemo: true }, select: principalSelect, orderBy: { displayName: "asc" } });
      return rows.map(toPrincipal);
    },
    async recordLogin(id, at) {
      await db.user.update({ where: { id }, data: { lastLoginAt: at }, select: { id: true } });
    },
  };
}
