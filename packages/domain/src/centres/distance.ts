// How far apart two centres are, for offering the nearest ones first.

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
/** What a centre without coordinates counts as: farther than any real distance, so it comes last. */
export const UNKNOWN_DISTANCE_KM = Number.MAX_SAFE_INTEGER;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine); UNKNOWN_DISTANCE_KM when either point is missing. */
export function distanceKm(a: GeoPoint | null, b: GeoPoint | null): number {
  if (!a || !b) return UNKNOWN_DISTANCE_KM;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
