// Ranked alternatives for a refused request: the same space at other times, other spaces of the centre at the
// same time, then the nearest other centres at the same time.
import { hasAccessibilityOf, type Space } from "../spaces/space";
import { intervalBetween, type Interval } from "../time/interval";
import { isBookable, type Asker, type CentreSnapshot } from "./bookable";
import { nearestSlots } from "./nearest-slots";

export type AlternativeKind = "same_space" | "same_centre" | "other_centre";

export interface Alternative {
  kind: AlternativeKind;
  centreId: string;
  spaceId: string;
  start: Date;
  end: Date;
}

export interface AlternativesInput extends Asker {
  request: { spaceId: string; start: Date; end: Date };
  /** The centre of the requested space. */
  centre: CentreSnapshot;
  otherCentres: readonly CentreSnapshot[];
  /** How far apart two centres are (any unit; smaller is nearer). */
  distance: (fromCentreId: string, toCentreId: string) => number;
  /** How many of each kind to offer; default 3. */
  perKind?: number;
  /** How many days either side to search for other times; default 7. */
  searchDays?: number;
}

/**
 * Up to `perKind` of each kind, in this order: (1) the same space at other times of the same duration, nearest in
 * time first; (2) other spaces of the centre at the requested time; (3) spaces of other centres at the requested
 * time, nearest centre first. An equivalent space has room for the attendees, at least the requested space's
 * accessibility, and sound privacy if the requested space has it; within a centre the tightest fit comes first.
 * Every alternative passes `isBookable`. Empty when the requested space is not in `centre`.
 */
export function rankAlternatives(input: AlternativesInput): Alternative[] {
  const requested = input.centre.spaces.find((s) => s.id === input.request.spaceId);
  if (!requested) return [];
  const perKind = input.perKind ?? 3;
  const target = intervalBetween(input.request.start, input.request.end);
  const sameSpace = nearestSlots(requested, target, input.centre, input, { count: perKind, searchDays: input.searchDays ?? 7 });
  const away = (c: CentreSnapshot) => input.distance(input.centre.centreId, c.centreId);
  const centres = [...input.otherCentres]
    .filter((c) => c.centreId !== input.centre.centreId)
    .sort((a, b) => away(a) - away(b) || a.centreId.localeCompare(b.centreId));
  return [
    ...sameSpace.map((slot) => alternative("same_space", input.centre, requested, slot)),
    ...sameTimeElsewhere("same_centre", [input.centre], requested, target, input, perKind),
    ...sameTimeElsewhere("other_centre", centres, requested, target, input, perKind),
  ];
}

function sameTimeElsewhere(
  kind: AlternativeKind,
  centres: readonly CentreSnapshot[],
  requested: Space,
  target: Interval,
  asker: Asker,
  limit: number,
): Alternative[] {
  const found: Alternative[] = [];
  for (const centre of centres) {
    const candidates = centre.spaces
      .filter((space) => isEquivalent(space, requested, asker.attendees))
      .sort((a, b) => a.capacity - b.capacity || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    for (const space of candidates) {
      if (found.length >= limit) return found;
      if (isBookable(space, target, centre, asker)) found.push(alternative(kind, centre, space, target));
    }
  }
  return found;
}

function isEquivalent(candidate: Space, requested: Space, attendees: number): boolean {
  return (
    candidate.id !== requested.id &&
    candidate.capacity >= attendees &&
    hasAccessibilityOf(candidate.accessibility, requested.accessibility) &&
    (requested.privacy === "open" || candidate.privacy === "closed")
  );
}

function alternative(kind: AlternativeKind, centre: CentreSnapshot, space: Space, slot: Interval): Alternative {
  return { kind, centreId: centre.centreId, spaceId: space.id, start: slot.start, end: slot.end };
}

/**
 * The first `limit` of ranked alternatives with one of each kind first (the best same-space time, the best room of
 * the centre, the nearest other centre), then the next best in rank order: a short list that still offers a
 * choice of kind, where the top few would often all be the same room at nearby times.
 */
export function spreadByKind(ranked: readonly Alternative[], limit: number): Alternative[] {
  const firsts = ranked.filter((a, i) => ranked.findIndex((b) => b.kind === a.kind) === i);
  return [...firsts, ...ranked.filter((a) => !firsts.includes(a))].slice(0, Math.max(0, limit));
}
