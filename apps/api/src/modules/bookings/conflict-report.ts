// What a 409 (or a "conflict" check) tells the booker: what is in the way, read fresh after the database said
// no, and ranked alternatives: the same space at other times, other spaces of the centre, the nearest centres.
import {
  distanceKm,
  findConflicts,
  intervalBetween,
  rankAlternatives,
  type Alternative,
  type BookerKind,
  type CentreSnapshot,
  type ConflictingBooking,
  type GeoPoint,
  type Interval,
} from "@sambruk/domain";
import type { SpaceRecord } from "../spaces/spaces.repository";
import type { CentreLocation } from "./booking-references.repository";
import type { BookingsDeps } from "./bookings.deps";

/** Other times of the same space are searched this many days either side of the request. */
const SEARCH_DAYS = 3;
/** Only this many other centres, the nearest, are searched. */
const NEAREST_CENTRES = 3;
const DAY_MS = 24 * 3600_000;

export interface ConflictReport {
  conflicts: ConflictingBooking[];
  alternatives: Alternative[];
}

export interface ConflictQuery {
  space: SpaceRecord;
  interval: Interval;
  attendees: number;
  /** The booking being moved: neither a conflict nor in the way of its alternatives. */
  ignoreBookingId?: string | undefined;
}

/** `bookerKind`: whose notice and horizon the alternatives must respect. */
export async function conflictReport(deps: BookingsDeps, query: ConflictQuery, bookerKind: BookerKind): Promise<ConflictReport> {
  const { space, interval, ignoreBookingId } = query;
  const reach = (SEARCH_DAYS + 1) * DAY_MS;
  const wide = intervalBetween(interval.start.getTime() - reach, interval.end.getTime() + reach);
  const [centre, locations] = await Promise.all([
    deps.store.loadCentre(space.centreId, wide),
    deps.store.references.centreLocations(),
  ]);
  if (!centre) return { conflicts: [], alternatives: [] };
  const points = new Map(locations.map((l) => [l.id, pointOf(l)]));
  const distance = (from: string, to: string) => distanceKm(points.get(from) ?? null, points.get(to) ?? null);
  const nearest = locations
    .filter((l) => l.id !== centre.centreId)
    .sort((a, b) => distance(centre.centreId, a.id) - distance(centre.centreId, b.id) || a.id.localeCompare(b.id))
    .slice(0, NEAREST_CENTRES);
  const others = await Promise.all(nearest.map((l) => deps.store.loadCentre(l.id, interval)));
  const without = (snapshot: CentreSnapshot): CentreSnapshot =>
    ignoreBookingId ? { ...snapshot, bookings: snapshot.bookings.filter((b) => b.id !== ignoreBookingId) } : snapshot;

  const { conflicts } = findConflicts({ space, interval }, without(centre).bookings, centre.spaces);
  const alternatives = rankAlternatives({
    now: deps.now(),
    bookerKind,
    attendees: query.attendees,
    request: { spaceId: space.id, start: interval.start, end: interval.end },
    centre: without(centre),
    otherCentres: others.filter((c): c is NonNullable<typeof c> => c !== null).map(without),
    distance,
    searchDays: SEARCH_DAYS,
  });
  return { conflicts, alternatives };
}

function pointOf(location: CentreLocation): GeoPoint | null {
  return location.latitude === null || location.longitude === null
    ? null
    : { latitude: location.latitude, longitude: location.longitude };
}
