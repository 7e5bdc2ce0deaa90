/** Distances, for "near me": computed in the browser, never sent anywhere. Pure: no DOM. */
import type { Resource } from '../feed/schema.js';

/** A position in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far a resource is from `origin`, or undefined when that must not or cannot be said: no position, or a
 * confidential place (a distance from a known point would give its position away).
 */
export function resourceDistance(r: Resource, origin: LatLng | undefined): number | undefined {
  if (!origin || !r.coordinates || r.confidential) return undefined;
  return distanceKm(origin, r.coordinates);
}

/**
 * Keeps the items within `radiusKm` of `origin`. Services delivered only online or by phone reach everyone and are
 * kept; places without a position, and confidential ones, are kept too rather than guessed about.
 */
export function withinRadius<T extends { resource: Resource }>(
  items: readonly T[],
  origin: LatLng,
  radiusKm: number,
): T[] {
  return items.filter(({ resource: r }) => {
    const d = resourceDistance(r, origin);
    if (d !== undefined) return d <= radiusKm;
    return true;
  });
}

/** A box on the map, in degrees: what "Search this area" keeps. */
export interface Area {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

/**
 * Keeps the items whose place is in `area`. As within a radius, services with no public place (online, by phone,
 * confidential: their position is never used, not even to leave them out) are kept rather than guessed about.
 */
export function withinArea<T extends { resource: Resource }>(items: readonly T[], area: Area): T[] {
  return items.filter(({ resource: r }) => {
    const at = r.coordinates;
    if (!at || r.confidential) return true;
    const lng =
      area.west <= area.east
        ? at.lng >= area.west && at.lng <= area.east
        : at.lng >= area.west || at.lng <= area.east;
    return at.lat >= area.south && at.lat <= area.north && lng;
  });
}
