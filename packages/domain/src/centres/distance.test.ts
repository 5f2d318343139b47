import { distanceKm, UNKNOWN_DISTANCE_KM, type GeoPoint } from "./distance";

const askerSentrum: GeoPoint = { latitude: 59.8337, longitude: 10.4355 };
const tofte: GeoPoint = { latitude: 59.5431, longitude: 10.5622 };
const heggedal: GeoPoint = { latitude: 59.7843, longitude: 10.4425 };

describe("distanceKm", () => {
  it.each<[string, GeoPoint | null, GeoPoint | null, number, number]>([
    ["a point to itself", tofte, tofte, 0, 0.001],
    ["Asker sentrum to Heggedal", askerSentrum, heggedal, 5.5, 0.5],
    ["Asker sentrum to Tofte", askerSentrum, tofte, 33, 1.5],
    ["one degree of latitude", { latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }, 111.2, 0.1],
  ])("%s ≈ %d km", (_label, a, b, expected, tolerance) => {
    expect(Math.abs(distanceKm(a, b) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it("is symmetric", () => {
    expect(distanceKm(tofte, heggedal)).toBeCloseTo(distanceKm(heggedal, tofte), 9);
  });

  it.each<[GeoPoint | null, GeoPoint | null]>([
    [null, tofte],
    [tofte, null],
    [null, null],
  ])("a missing point counts as farthest (%j, %j)", (a, b) => {
    expect(distanceKm(a, b)).toBe(UNKNOWN_DISTANCE_KM);
    expect(distanceKm(a, b)).toBeGreaterThan(distanceKm(askerSentrum, tofte));
  });
});
