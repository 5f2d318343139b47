import { z } from "zod";
import { Id, Instant } from "./common";

/** One recorded write: who, acting for whom, when, what, and the state before and after. */
export const AuditEvent = z.object({
  id: Id,
  at: Instant,
  actorId: Id.nullable(),
  actingOrganisationId: Id.nullable(),
  centreId: Id.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: Id,
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
export const AuditEventList = z.array(AuditEvent);

/** The most events one GET /audit returns. */
export const MAX_AUDIT_PAGE = 200;

/** GET /audit: newest first, filtered; `before` pages back from an event time. */
export const AuditQuery = z.strictObject({
  centreId: Id.optional(),
  actorId: Id.optional(),
  organisationId: Id.optional(),
  entityType: z.string().max(50).optional(),
  entityId: Id.optional(),
  action: z.string().max(80).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
