// Before anything is written: whether every booking in the way may be bumped (the domain's bumpDecision, all or
// nothing), and what each would be offered: the best alternatives for its own booker that the new booking
// leaves free.
import type { BumpRefusal } from "@sambruk/contracts";
import { bumpDecision, OSLO, priorityTier, spreadByKind, type Actor, type Alternative, type BookerKind, type ConflictingBooking, type Interval } from "@sambruk/domain";
import type { SpaceRecord } from "../spaces/spaces.repository";
import { conflictReport } from "../bookings/conflict-report";
import type { DeskBookingRecord } from "./desk-bookings.repository";
import type { DeskMovesDeps } from "./desk-moves.deps";

/** How many alternatives each bumped booking is offered, at most. */
export const OFFERS_PER_BUMP = 3;

export interface BumpRequest {
  actor: Actor;
  bumperKind: BookerKind;
  /** The organisation acted for is one of the house's own services (tier 1). */
  bumperHouseService: boolean;
  /** An override's justification, when the caller asked to set the notice rule aside. */
  justification: string | undefined;
}

export interface PlannedBump {
  before: DeskBookingRecord;
  alternatives: Alternative[];
  overridden: boolean;
}

/** The bookings in the way, each judged; throws nothing, the caller answers the refusals. */
export async function judgeBumps(
  deps: DeskMovesDeps,
  request: BumpRequest,
  inTheWay: readonly ConflictingBooking[],
  centreId: string,
): Promise<{ refusals: BumpRefusal[]; allowed: { before: DeskBookingRecord; overridden: boolean }[] }> {
  const [bookings, parameters, centre] = await Promise.all([
    deps.moves.desk.findByIds(inTheWay.map((c) => c.booking.id)),
    deps.parameters(centreId),
    deps.moves.places.findCentre(centreId),
  ]);
  const bumper = { tier: priorityTier({ kind: request.bumperKind, houseService: request.bumperHouseService }) };
  const override = request.justification === undefined ? undefined : { byAdmin: request.actor.isAdmin, justification: request.justification };
  const refusals: BumpRefusal[] = [];
  const allowed: { before: DeskBookingRecord; overridden: boolean }[] = [];
  for (const before of bookings) {
    const decision = bumpDecision({
      bumper,
      bumped: { tier: priorityTier({ kind: before.bookerKind, houseService: before.houseService }), start: before.start },
      now: deps.now(),
      noticeDays: parameters.bump.noticeDays,
      timeZone: centre?.timeZone ?? OSLO,
      ...(override ? { override } : {}),
    });
    if (decision.allowed) allowed.push({ before, overridden: decision.overridden });
    else refusals.push({ bookingId: before.id, code: decision.code, params: decision.params });
  }
  return { refusals, allowed };
}

/**
 * The bumped booking's best alternatives for its booker, ranked as if the new booking were already there (read
 * before the transaction: a time taken meanwhile makes its acceptance a 409, the database decides).
 */
export async function offersFor(deps: DeskMovesDeps, bumped: DeskBookingRecord, taken: { space: SpaceRecord; interval: Interval }): Promise<Alternative[]> {
  const space = await deps.store.spaces.findById(bumped.spaceId);
  if (!space) return [];
  const newBooking = { id: "new", spaceId: taken.space.id, status: "confirmed" as const, ...taken.interval };
  const withNew: DeskMovesDeps = {
    ...deps,
    store: {
      ...deps.store,
      async loadCentre(centreId, range) {
        const centre = await deps.store.loadCentre(centreId, range);
        return centre && centreId === taken.space.centreId ? { ...centre, bookings: [...centre.bookings, newBooking] } : centre;
      },
    },
  };
  const interval = { start: bumped.start, end: bumped.end };
  const { alternatives } = await conflictReport(withNew, { space, interval, attendees: bumped.expectedAttendees, ignoreBookingId: bumped.id }, bumped.bookerKind);
  return spreadByKind(alternatives, OFFERS_PER_BUMP);
}
