import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface SessionRecord {
  id: string;
  userId: string;
  actingOrganisationId: string | null;
  csrfToken: string;
  provider: string;
  sealedIdToken: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type NewSession = Omit<SessionRecord, "createdAt" | "lastSeenAt">;

export interface SessionsRepository {
  create(session: NewSession, now: Date): Promise<void>;
  findById(id: string): Promise<SessionRecord | null>;
  touch(id: string, at: Date): Promise<void>;
  setActing(id: string, organisationId: string): Promise<void>;
  /** Deletes the session and returns it, or null when it was gone already. */
  delete(id: string): Promise<SessionRecord | null>;
  /** Deletes sessions past their absolute or idle end; returns how many. */
  purgeExpired(now: Date, idleSince: Date): Promise<number>;
}

const select = {
  id: true,
  userId: true,
  actingOrganisationId: true,
  csrfToken: true,
  provider: true,
  sealedIdToken: true,
  createdAt: true,
  lastSeenAt: true,
  expiresAt: true,
} as const satisfies Prisma.UserSessionSelect;

export function createSessionsRepository(db: Db): SessionsRepository {
  return {
    async create(session, now) {
      await db.userSession.create({ data: { ...session, createdAt: now, lastSeenAt: now }, select: { id: true } });
    },
    findById: (id) => db.userSession.findUnique({ where: { id }, select }),
    async touch(id, at) {
      await db.userSession.updateMany({ where: { id }, data: { lastSeenAt: at } });
    },
    async setActing(id, organisationId) {
      await db.userSession.updateMany({ where: { id }, data: { actingOrganisationId: organisationId } });
    },
    async delete(id) {
      const session = await db.userSession.findUnique({ where: { id }, select });
      if (!session) return null;
      const { count } = await db.userSession.deleteMany({ where: { id } });
      return count === 1 ? session : null;
    },
    async purgeExpired(now, idleSince) {
      const { count } = await db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } });
      return count;
    },
  };
}
