import {
  clamp,
  contains,
  durationMs,
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

// Small numbers as epoch milliseconds keep the tables readable.
const iv = (start: number, end: number): Interval => intervalBetween(start, end);
const plain = (intervals: readonly Interval[]) => intervals.map((i) => [i.start.getTime(), i.end.getTime()]);

describe("isEmpty / durationMs", () => {
  it.each([
    [iv(0, 10), false, 10],
    [iv(5, 5), true, 0],
    [iv(9, 3), true, 0],
    [intervalBetween(new Date(Number.NaN), 10), true, 0],
  ])("%j → empty %s, %i ms", (interval, empty, ms) => {
    expect(isEmpty(interval)).toBe(empty);
    expect(durationMs(interval)).toBe(ms);
  });
});

describe("overlaps", () => {
  it.each([
    [iv(0, 10), iv(5, 15), true],
    [iv(0, 10), iv(10, 20), false], // touching: half-open
    [iv(0, 10), iv(2, 3), true],
    [iv(0, 10), iv(4, 4), false], // empty never overlaps
    [iv(20, 30), iv(0, 10), false],
  ])("%j with %j → %s", (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe("contains", () => {
  it.each([
    [iv(0, 10), iv(0, 10), true],
    [iv(0, 10), iv(2, 8), true],
    [iv(0, 10), iv(5, 11), false],
    [iv(0, 10), iv(3, 3), false],
    [iv(0, 10), new Date(0), true],
    [iv(0, 10), new Date(10), false], // end is exclusive
  ])("%j ⊇ %j → %s", (outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
  });
});

describe("intersect", () => {
  it.each([
    [iv(0, 10), iv(5, 15), [5, 10]],
    [iv(0, 10), iv(10, 15), null],
    [iv(0, 10), iv(2, 3), [2, 3]],
  ])("%j ∩ %j → %j", (a, b, expected) => {
    const result = intersect(a, b);
    expect(result ? [result.start.getTime(), result.end.getTime()] : null).toEqual(expected);
  });
});

describe("merge", () => {
  it.each([
    [[], []],
    [[iv(5, 8), iv(0, 3)], [[0, 3], [5, 8]]],
    [[iv(0, 3), iv(3, 6)], [[0, 6]]], // touching intervals join
    [[iv(0, 10), iv(2, 4), iv(9, 12)], [[0, 12]]],
    [[iv(4, 4), iv(6, 2)], []], // empties dropped
  ])("%j → %j", (input, expected) => {
    expect(plain(merge(input))).toEqual(expected);
  });

  it("does not share Date objects with its input", () => {
    const input = [iv(0, 5), iv(3, 9)];
    merge(input)[0]?.end.setTime(100);
    expect(plain(input)).toEqual([[0, 5], [3, 9]]);
  });
});

describe("subtract / subtractAll", () => {
  it.each([
    [iv(0, 10), [], [[0, 10]]],
    [iv(0, 10), [iv(3, 5)], [[0, 3], [5, 10]]],
    [iv(0, 10), [iv(-5, 2), iv(8, 20)], [[2, 8]]],
    [iv(0, 10), [iv(0, 10)], []],
    [iv(0, 10), [iv(4, 6), iv(5, 7), iv(12, 13)], [[0, 4], [7, 10]]],
    [iv(10, 0), [iv(3, 5)], []],
  ])("%j − %j → %j", (from, cuts, expected) => {
    expect(plain(subtract(from, cuts))).toEqual(expected);
  });

  it("subtracts from a union", () => {
    expect(plain(subtractAll([iv(0, 4), iv(6, 10)], [iv(3, 7)]))).toEqual([[0, 3], [7, 10]]);
  });
});

describe("intersectAll", () => {
  it("intersects two unions", () => {
    expect(plain(intersectAll([iv(0, 5), iv(8, 12)], [iv(3, 9), iv(11, 20)]))).toEqual([[3, 5], [8, 9], [11, 12]]);
  });
});

describe("clamp", () => {
  it("cuts each interval to the bounds and drops what falls outside", () => {
    expect(plain(clamp([iv(0, 5), iv(8, 12), iv(20, 30)], iv(3, 10)))).toEqual([[3, 5], [8, 10]]);
  });
});
