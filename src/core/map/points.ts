/**
 * What a map shows of resources: a point for each one with a place, named as the visitor reads it. A confidential
 * place (a shelter whose address is given only by phone) is never a point, not even an approximate one. Pure.
 */
import type { Resource } from '../feed/schema.js';
import { localized } from '../text/fold.js';
import { publicPlace } from '../filters/distance.js';

/** A resource on a map. */
export interface MapPoint {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lng: number;
}

/** The points of `resources` that may be shown, in their order, each id once. */
export function mapPoints(resources: readonly Resource[], lang: string): MapPoint[] {
  const seen = new Set<string>();
  const out: MapPoint[] = [];
  for (const r of resources) {
    const at = publicPlace(r);
    if (!at || seen.has(r.id)) continue;
    if (!Number.isFinite(at.lat) || !Number.isFinite(at.lng)) continue;
    if (Math.abs(at.lat) > 90 || Math.abs(at.lng) > 180) continue;
    seen.add(r.id);
    out.push({ id: r.id, name: localized(r, lang).name, lat: at.lat, lng: at.lng });
  }
  return out;
}

/** The smallest box around `points` as [[south, west], [north, east]], or undefined for none. */
export function pointBounds(
  points: readonly Pick<MapPoint, 'lat' | 'lng'>[],
): [[number, number], [number, number]] | undefined {
  if (!points.length) return undefined;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const { lat, lng } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  }
  return [
    [south, west],
    [north, east],
  ];
}
