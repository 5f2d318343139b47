import fc from "fast-check";
import {
  clamp,
  contains,
  intersect,
  intersectAll,
  intervalBetween,
  isEmpty,
  merge,
  overlaps,
  subtract,
  subtractAll,
  type Interval,
} from "./interval";

// Intervals over 0…40 ms (empty ones included) and the point-wise meaning of each operation.
const arbInterval = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => intervalBetween(a, b));
const arbList = fc.array(arbInterval, { maxLength: 8 });
const POINTS = Array.from({ length: 42 }, (_, i) => new Date(i));
const inAny = (list: readonly Interval[], p: Date) => list.some((i) => contains(i, p));
const key = (list: readonly Interval[]) => list.map((i) => `${i.start.getTime()}-${i.end.getTime()}`).join(",");

function isCanonical(list: readonly Interval[]): boolean {
  return list.every((i, k) => !isEmpty(i) && (k === 0 || (list[k - 1] as Interval).end.getTime() < i.start.getTime()));
}

describe("interval algebra laws", () => {
  it("merge is the point-wise union, canonical and idempotent", () => {
    fc.assert(
      fc.property(arbList, (list) => {
        const merged = merge(list);
        expect(isCanonical(merged)).toBe(true);
        expect(key(merge(merged))).toBe(key(merged));
        for (const p of POINTS) expect(inAny(merged, p)).toBe(inAny(list, p));
      }),
    );
  });

  it("subtract is point-wise difference and canonical", () => {
    fc.assert(
      fc.property(arbInterval, arbList, (from, cuts) => {
        const rest = subtract(from, cuts);
        expect(isCanonical(rest)).toBe(true);
        for (const p of POINTS) expect(inAny(rest, p)).toBe(contains(from, p) && !inAny(cuts, p));
      }),
    );
  });

  it("subtractAll and intersectAll are point-wise and partition the union", () => {
    fc.assert(
      fc.property(arbList, arbList, (a, b) => {
        const diff = subtractAll(a, b);
        const common = intersectAll(a, b);
        expect(isCanonical(diff) && isCanonical(common)).toBe(true);
        for (const p of POINTS) {
          expect(inAny(diff, p)).toBe(inAny(a, p) && !inAny(b, p));
          expect(inAny(common, p)).toBe(inAny(a, p) && inAny(b, p));
        }
        expect(key(merge([...diff, ...common]))).toBe(key(merge(a)));
        expect(key(intersectAll(a, b))).toBe(key(intersectAll(b, a)));
      }),
    );
  });

  it("intersect, overlaps and contains agree", () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        const common = intersect(a, b);
        expect(common !== null).toBe(overlaps(a, b));
        expect(key(common ? [common] : [])).toBe(key(intersect(b, a) ? [intersect(b, a) as Interval] : []));
        if (!isEmpty(b)) expect(contains(a, b)).toBe(common !== null && key([common]) === key([b]));
        for (const p of POINTS) expect(common !== null && contains(common, p)).toBe(contains(a, p) && contains(b, p));
      }),
    );
  });

  it("clamp keeps exactly the points inside the bounds", () => {
    fc.assert(
      fc.property(arbList, arbInterval, (list, bounds) => {
        const clamped = clamp(list, bounds);
        expect(clamped.every((i) => !isEmpty(i) && (contains(bounds, i)))).toBe(true);
        for (const p of POINTS) expect(inAny(clamped, p)).toBe(inAny(list, p) && contains(bounds, p));
      }),
    );
  });
});
