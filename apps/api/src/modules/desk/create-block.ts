// POST /desk/blocks: a closure or maintenance block of a space or the whole centre. A dry run lists the live
// bookings it hits; the real one creates the block and cancels the chosen hits with notice, in one transaction.
import type { CreateBlock } from "@sambruk/contracts";
import { bookingsHitByBlock, type Actor, type Interval } from "@sambruk/domain";
import { HttpProblem, notFound } from "../../http/problem";
import { requireDeskOf } from "./desk-access";
import { auditDecision } from "./desk-audit";
import { LIVE_STATUSES, type DeskBookingRecord } from "./desk-bookings.repository";
import type { BlockRecord } from "./desk-places.repository";
import type { DeskDeps } from "./desk.deps";

export const BLOCKED = "blocked";

export interface BlockOutcome {
  block: BlockRecord | null;
  /** Hit bookings that stay (in a dry run, every hit). */
  hits: DeskBookingRecord[];
  cancelled: DeskBookingRecord[];
}

export async function createBlock(deps: DeskDeps, actor: Actor, input: CreateBlock, requestId: string | null): Promise<BlockOutcome> {
  requireDeskOf(actor, input.centreId);
  const interval: Interval = { start: new Date(input.start), end: new Date(input.end) };
  const [centre, spaces, bookings] = await Promise.all([
    deps.store.places.findCentre(input.centreId),
    deps.store.places.findSpaces(input.centreId),
    deps.store.bookings.findInCentre(input.centreId, interval),
  ]);
  if (!centre) throw notFound(`No centre with id ${input.centreId}.`);
  if (input.spaceId && !spaces.some((s) => s.id === input.spaceId)) throw notFound(`No space with id ${input.spaceId} in this centre.`);
  const spaceId = input.spaceId ?? null;
  const hits = bookingsHitByBlock({ centreId: input.centreId, spaceId, interval }, bookings, spaces);
  if (input.dryRun) return { block: null, hits, cancelled: [] };
  const toCancel = new Set(input.cancel ?? []);
  requireHits(toCancel, hits, input.cancel ?? []);

  return deps.store.transaction(async (tx) => {
    const now = deps.now();
    const block = await tx.places.insertBlock({ centreId: input.centreId, spaceId, start: interval.start, end: interval.end, reason: input.reason });
    await tx.audit.record({
      actorId: actor.userId,
      actingOrganisationId: null,
      centreId: input.centreId,
      action: "closure.created",
      entityType: "closure",
      entityId: block.id,
      before: null,
      after: { ...block, start: block.start.toISOString(), end: block.end.toISOString(), cancelled: [...toCancel] },
      requestId,
    });
    const cancelled: DeskBookingRecord[] = [];
    for (const before of hits.filter((hit) => toCancel.has(hit.id))) {
      const after = await tx.bookings.changeStatus(before.id, { from: LIVE_STATUSES }, { status: "cancelled", statusReason: BLOCKED });
      if (!after) continue; // no longer live: nothing to cancel
      await auditDecision(tx, { actorId: actor.userId, action: "booking.cancelled", before, after, requestId });
      await tx.notify({ kind: "booking_cancelled_by_desk", bookingId: after.id, userId: after.bookedById, params: { reason: input.reason } }, now);
      cancelled.push(after);
    }
    return { block, hits: hits.filter((hit) => !toCancel.has(hit.id)), cancelled };
  });
}

/** 400 naming each id in `cancel` that is not one of the block's hits. */
function requireHits(toCancel: ReadonlySet<string>, hits: readonly DeskBookingRecord[], cancel: readonly string[]): void {
  const hitIds = new Set(hits.map((hit) => hit.id));
  const errors = cancel
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !hitIds.has(id))
    .map(({ index }) => ({ pointer: `/body/cancel/${index}`, code: "not_hit", detail: "The block does not hit this booking." }));
  if (errors.length > 0 || toCancel.size !== cancel.length) {
    throw new HttpProblem(400, "validation_failed", "Invalid request", "`cancel` may name only bookings the block hits, each once.", errors);
  }
}
