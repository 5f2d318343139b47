import type { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export type AuditJson = Prisma.InputJsonObject;

/** One write: who (actor), what (action on an entity), the state before and after, and the request. */
export interface AuditEntry {
  actorId: string | null;
  /** The organisation the actor acted for (the booking's organisation, say), if any. */
  actingOrganisationId: string | null;
  /** The centre the write concerns, so the front desk can read its centres' history. */
  centreId: string | null;
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

export interface AuditEventRecord extends StoredAuditEntry {
  id: string;
}

/** What GET /audit narrows by; every field present must match. */
export interface AuditFilter {
  /** Only events of these centres; null for every event, those of no centre included. */
  centreIds: readonly string[] | null;
  actorId?: string | undefined;
  actingOrganisationId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  /** Events at or after this instant. */
  from?: Date | undefined;
  /** Events before this instant. */
  to?: Date | undefined;
  limit: number;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  /** The entity's events, oldest first; `action` narrows them. */
  findForEntity(entityType: string, entityId: string, action?: string): Promise<StoredAuditEntry[]>;
  /** Matching events, newest first, at most `limit`. */
  find(filter: AuditFilter): Promise<AuditEventRecord[]>;
}

const eventSelect = {
  id: true,
  at: true,
  actorId: true,
  actingOrganisationId: true,
  centreId: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  requestId: true,
} as const satisfies Prisma.AuditEventSelect;

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const { centreIds, actorId, actingOrganisationId, entityType, entityId, action, from, to } = filter;
  const at = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  return {
    ...(centreIds === null ? {} : { centreId: { in: [...centreIds] } }),
    ...(actorId === undefined ? {} : { actorId }),
    ...(actingOrganisationId === undefined ? {} : { actingOrganisationId }),
    ...(entityType === undefined ? {} : { entityType }),
    ...(entityId === undefined ? {} : { entityId }),
    ...(action === undefined ? {} : { action }),
    ...(from || to ? { at } : {}),
  };
}

/** Use it with the transaction client of the write it describes, so both commit or neither does. */
export function createAuditRepository(db: Db): AuditRepository {
  return {
    async record(entry) {
      await db.auditEvent.create({
        data: {
          actorId: entry.actorId,
          actingOrganisationId: entry.actingOrganisationId,
          centreId: entry.centreId,
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
        select: { at: true, actorId: true, actingOrganisationId: true, centreId: true, action: true, entityType: true, entityId: true, before: true, after: true, requestId: true },
      });
      return rows;
    },
    async find(filter) {
      return db.auditEvent.findMany({ where: whereOf(filter), orderBy: [{ at: "desc" }, { id: "desc" }], take: filter.limit, select: eventSelect });
    },
  };
}
