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
 * Where a resource may be said to be: its position, or undefined for none and for a confidential place (whose
 * position is never used: a distance, a box or a map marker would give it away).
 */
export function publicPlace(r: Resource): LatLng | undefined {
  return r.confidential ? undefined : r.coordinates;
}

/** How far a resource is from `origin`, or undefined when that must not or cannot be said (see {@link publicPlace}). */
export function resourceDistance(r: Resource, origin: LatLng | undefined): number | undefined {
  const at = publicPlace(r);
  return origin && at ? distanceKm(origin, at) : undefined;
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
    const at = publicPlace(r);
    if (!at) return true;
    const lng =
      area.west <= area.east
        ? at.lng >= area.west && at.lng <= area.east
        : at.lng >= area.west || at.lng <= area.east;
    return at.lat >= area.south && at.lat <= area.north && lng;
  });
}
