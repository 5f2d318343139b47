import { makeSpace } from "../testing/fixtures";
import { hasAccessibilityOf } from "./space";
import { sharesUnits, sharesUnitsWith, unitsOf } from "./units";

const hall = makeSpace("hall", { kind: "hall", partIds: ["hall-a", "hall-b"] });
const partA = makeSpace("hall-a", { kind: "hall" });
const partB = makeSpace("hall-b", { kind: "hall" });
const room = makeSpace("room");
const centre = [hall, partA, partB, room];

describe("unitsOf", () => {
  it.each([
    [hall, ["hall-a", "hall-b"]],
    [partA, ["hall-a"]],
    [room, ["room"]],
  ])("%s occupies %j", (space, units) => {
    expect(unitsOf(space, centre)).toEqual(units);
  });

  it("resolves parts of parts", () => {
    const wing = makeSpace("wing", { partIds: ["hall", "room"] });
    expect(unitsOf(wing, [...centre, wing])).toEqual(["hall-a", "hall-b", "room"]);
  });

  it("survives a cycle in bad data", () => {
    const x = makeSpace("x", { partIds: ["y"] });
    const y = makeSpace("y", { partIds: ["x"] });
    expect(unitsOf(x, [x, y])).toEqual([]);
  });
});

describe("sharesUnits", () => {
  it.each([
    [hall, partA, true],
    [partB, hall, true],
    [partA, partB, false],
    [hall, hall, true],
    [room, hall, false],
  ])("%s and %s → %s", (a, b, expected) => {
    expect(sharesUnits(a, b, centre)).toBe(expected);
    expect(sharesUnits(a, b)).toBe(expected); // one level of parts needs no list
    expect(sharesUnitsWith(a, centre)(b.id)).toBe(expected);
  });
});

describe("hasAccessibilityOf", () => {
  const none = { stepFree: false, hearingLoop: false, accessibleWc: false };
  const all = { stepFree: true, hearingLoop: true, accessibleWc: true };
  it.each([
    [all, none, true],
    [none, none, true],
    [none, { ...none, hearingLoop: true }, false],
    [{ ...none, stepFree: true }, { ...none, stepFree: true }, true],
    [{ ...all, accessibleWc: false }, all, false],
  ])("%j covers %j → %s", (candidate, required, expected) => {
    expect(hasAccessibilityOf(candidate, required)).toBe(expected);
  });
});
