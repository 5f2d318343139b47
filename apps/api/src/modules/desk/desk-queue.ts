// GET /desk/centres/{id}/queue: the requests that wait for the desk, grouped into conflict sets.
import type { DeskQueue } from "@sambruk/contracts";
import { conflictSets, intervalBetween, type Actor } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import { requireDeskOf } from "./desk-access";
import type { DeskDeps } from "./desk.deps";
import { deskBookingDtoOf, queuedRequestOf, ranked } from "./desk.mapper";

/** Holders are read from this long before now, so that one whose buffer runs into a request is not missed. */
const HOLDER_MARGIN_MS = 24 * 3600_000;
/** Far enough ahead for any booking horizon. */
const QUEUE_HORIZON_MS = 5 * 365 * 24 * 3600_000;

export async function deskQueue(deps: DeskDeps, actor: Actor, centreId: string): Promise<DeskQueue> {
  requireDeskOf(actor, centreId);
  const centre = await deps.store.places.findCentre(centreId);
  if (!centre) throw notFound(`No centre with id ${centreId}.`);
  const now = deps.now().getTime();
  const [spaces, bookings] = await Promise.all([
    deps.store.places.findSpaces(centreId),
    deps.store.bookings.findInCentre(centreId, intervalBetween(now - HOLDER_MARGIN_MS, now + QUEUE_HORIZON_MS)),
  ]);
  // From now on: requests that have ended wait for nobody.
  const live = bookings.filter((b) => b.status !== "requested" || b.end.getTime() > now).map(ranked);
  const sets = conflictSets(live, spaces);
  const creations = await deps.store.creationRecords(sets.flatMap((set) => set.requests.map((r) => r.id)));
  return {
    centreId,
    sets: sets.map((set) => ({
      requests: set.requests.map((request) => queuedRequestOf(request, creations.get(request.id))),
      holders: set.holders.map(deskBookingDtoOf),
      collisions: set.collisions,
    })),
  };
}
