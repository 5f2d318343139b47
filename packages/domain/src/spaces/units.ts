// Physical units: what a booking of a space really occupies. A divisible hall is its parts; booking the whole
// claims every part, booking a part claims that part, so "same unit" is the one rule for double booking.
import type { Space } from "./space";

/** What unit resolution needs of a space. */
export type Divisible = Pick<Space, "id" | "partIds">;

/**
 * The ids of the physical units the space occupies, sorted: a whole → its parts' units (parts of parts too),
 * a part or an indivisible space → its own id. A part id missing from `spaces` counts as a unit of its own.
 */
export function unitsOf(space: Divisible, spaces: readonly Divisible[]): string[] {
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const units = new Set<string>();
  const visiting = new Set<string>();
  const visit = (id: string, partIds: readonly string[]): void => {
    if (visiting.has(id)) return; // a cycle in bad data: stop rather than loop
    visiting.add(id);
    if (partIds.length === 0) units.add(id);
    for (const partId of partIds) visit(partId, byId.get(partId)?.partIds ?? []);
  };
  visit(space.id, space.partIds);
  return [...units].sort();
}

/**
 * True when bookings of `a` and of `b` would occupy a common physical unit. Pass the centre's spaces when parts
 * may themselves be divided; by default only `a` and `b` are known, which suffices for one level of parts.
 */
export function sharesUnits(a: Divisible, b: Divisible, spaces: readonly Divisible[] = [a, b]): boolean {
  if (a.id === b.id) return true;
  const unitsOfA = new Set(unitsOf(a, spaces));
  return unitsOf(b, spaces).some((unit) => unitsOfA.has(unit));
}

/** A memoised "does a booking of this space id share a unit with `space`?" for scanning many bookings. */
export function sharesUnitsWith(space: Divisible, spaces: readonly Divisible[]): (spaceId: string) => boolean {
  const target = new Set(unitsOf(space, spaces));
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const memo = new Map<string, boolean>();
  return (spaceId) => {
    let shared = memo.get(spaceId);
    if (shared === undefined) {
      shared = unitsOf(byId.get(spaceId) ?? { id: spaceId, partIds: [] }, spaces).some((u) => target.has(u));
      memo.set(spaceId, shared);
    }
    return shared;
  };
}
