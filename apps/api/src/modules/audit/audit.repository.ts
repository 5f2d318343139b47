import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export type AuditJson = Prisma.InputJsonObject;

/** One write: who (actor), what (action on an entity), the state before and after, and the request. */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: AuditJson | null;
  after: AuditJson | null;
  requestId: string | null;
}

export interface StoredAuditEntry extends Omit<AuditEntry, "before" | "after"> {
  at: Date;
  before: unknown;
  after: unknown;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  /** The entity's events, oldest first; `action` narrows them. */
  findForEntity(entityType: string, entityId: string, action?: string): Promise<StoredAuditEntry[]>;
}

/** Use it with the transaction client of the write it describes, so both commit or neither does. */
export function createAuditRepository(db: Db): AuditRepository {
  return {
    async record(entry) {
      await db.auditEvent.create({
        data: {
          actorId: entry.actorId,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          requestId: entry.requestId,
          ...(entry.before ? { before: entry.before } : {}),
          ...(entry.after ? { after: entry.after } : {}),
        },
      });
    },
    async findForEntity(entityType, entityId, action) {
      const rows = await db.auditEvent.findMany({
        where: { entityType, entityId, ...(action ? { action } : {}) },
        orderBy: { at: "asc" },
        select: { at: true, actorId: true, action: true, entityType: true, entityId: true, before: true, after: true, requestId: true },
      });
      return rows;
    },
  };
}
