// The audit event of a front-desk decision on a booking: who decided (null for a job), the state before and after.
import { auditJsonOf } from "../bookings/bookings.mapper";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { DeskWrites } from "./desk-store.repository";

export interface DecisionAudit {
  actorId: string | null;
  action: string;
  before: DeskBookingRecord;
  after: DeskBookingRecord;
  requestId: string | null;
}

export async function auditDecision(writes: Pick<DeskWrites, "audit">, decision: DecisionAudit): Promise<void> {
  const { before, after } = decision;
  await writes.audit.record({
    actorId: decision.actorId,
    actingOrganisationId: before.organisation.id,
    centreId: before.centreId,
    action: decision.action,
    entityType: "booking",
    entityId: before.id,
    before: auditJsonOf(before),
    after: { ...auditJsonOf(after), statusReason: after.statusReason, checkedInAt: after.checkedInAt?.toISOString() ?? null },
    requestId: decision.requestId,
  });
}
