// Half-open intervals of instants, [start, end). Every function is total: an interval whose end is not after
// its start (or whose dates are invalid) is empty, and empty intervals are dropped from every result.

/** A half-open interval of instants [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** Builds an interval from two instants (Date or epoch milliseconds). */
export function intervalBetween(start: Date | number, end: Date | number): Interval {
  return { start: new Date(start), end: new Date(end) };
}

export function isEmpty(interval: Interval): boolean {
  return !(interval.start.getTime() < interval.end.getTime());
}

/** Length in milliseconds; 0 for an empty interval. */
export function durationMs(interval: Interval): number {
  return isEmpty(interval) ? 0 : interval.end.getTime() - interval.start.getTime();
}

/** True when the two intervals share at least one instant (touching intervals do not overlap). */
export function overlaps(a: Interval, b: Interval): boolean {
  return !isEmpty(a) && !isEmpty(b) && a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** True when `inner` (an instant or a non-empty interval) lies inside `outer`. An empty interval is nowhere. */
export function contains(outer: Interval, inner: Interval | Date): boolean {
  if (inner instanceof Date) {
    const t = inner.getTime();
    return outer.start.getTime() <= t && t < outer.end.getTime();
  }
  return (
    !isEmpty(inner) &&
    outer.start.getTime() <= inner.start.getTime() &&
    inner.end.getTime() <= outer.end.getTime()
  );
}

/** The common part of two intervals, or null when they do not overlap. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const start = Math.max(a.start.getTime(), b.start.getTime());
  const end = Math.min(a.end.getTime(), b.end.getTime());
  return start < end ? intervalBetween(start, end) : null;
}

/** The union of the intervals: sorted, disjoint, and touching intervals joined ([a,b) ∪ [b,c) = [a,c)). */
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => !isEmpty(i)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const result: Interval[] = [];
  for (const next of sorted) {
    const last = result[result.length - 1];
    if (last && next.start.getTime() <= last.end.getTime()) {
      if (next.end.getTime() > last.end.getTime()) last.end = new Date(next.end);
    } else {
      result.push(intervalBetween(next.start, next.end));
    }
  }
  return result;
}

/** What remains of `from` after removing every cut: sorted, disjoint. */
export function subtract(from: Interval, cuts: readonly Interval[]): Interval[] {
  if (isEmpty(from)) return [];
  const end = from.end.getTime();
  let cursor = from.start.getTime();
  const result: Interval[] = [];
  for (const cut of merge(cuts)) {
    if (cut.end.getTime() <= cursor) continue;
    if (cut.start.getTime() >= end) break;
    if (cut.start.getTime() > cursor) result.push(intervalBetween(cursor, cut.start));
    cursor = cut.end.getTime();
  }
  if (cursor < end) result.push(intervalBetween(cursor, end));
  return result;
}

/** The union of `from` minus the union of `cuts`: sorted, disjoint. */
export function subtractAll(from: readonly Interval[], cuts: readonly Interval[]): Interval[] {
  const mergedCuts = merge(cuts);
  return merge(from).flatMap((piece) => subtract(piece, mergedCuts));
}

/** The intersection of two unions of intervals: sorted, disjoint. */
export function intersectAll(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = merge(a);
  const right = merge(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i] as Interval;
    const y = right[j] as Interval;
    const common = intersect(x, y);
    if (common) result.push(common);
    if (x.end.getTime() <= y.end.getTime()) i += 1;
    else j += 1;
  }
  return result;
}

/** Each interval cut to `bounds`, in the given order; the parts outside vanish, empty results are dropped. */
export function clamp(intervals: readonly Interval[], bounds: Interval): Interval[] {
  return intervals.flatMap((interval) => intersect(interval, bounds) ?? []);
}
