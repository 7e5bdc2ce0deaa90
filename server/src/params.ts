/**
 * The query parameters of `GET /services` (HSDS 3.0's, and this server's documented extension), checked with limits:
 * a parameter out of bounds is a 400 with a message that names it, never a query.
 */
import { SORT_ORDERS, type FilterState } from 'resource-finder/core.js';
import type { ServiceQuery } from './search.js';

/** A request that cannot be answered as asked: 400 with this message. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export const LIMITS = {
  search: 200,
  value: 200,
  values: 20,
  page: 100_000,
  perPage: 100,
  radiusKm: 1000,
} as const;

/** The extension's filter parameters and the finder's groups they fill. */
const FILTER_PARAMETERS: Record<string, keyof FilterState> = {
  category: 'categories',
  place: 'places',
  language: 'languages',
  audience: 'audiences',
  accessibility: 'accessibility',
  delivery: 'delivery',
};

/** One text parameter, at most {@link LIMITS.value} characters. */
export function text(
  params: URLSearchParams,
  name: string,
  max: number = LIMITS.value,
): string | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (value.length > max) throw new BadRequest(`${name} is longer than ${max} characters`, name);
  return value;
}

/** A parameter given several times or as a comma-separated list. */
export function list(params: URLSearchParams, name: string, commas = true): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => (commas ? v.split(',') : [v]))
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length > LIMITS.values)
    throw new BadRequest(`${name} takes at most ${LIMITS.values} values`, name);
  for (const v of values)
    if (v.length > LIMITS.value)
      throw new BadRequest(`${name} values are at most ${LIMITS.value} characters`, name);
  return [...new Set(values)];
}

/** A number parameter within bounds (`whole`: an integer). */
function number(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  whole: boolean,
): number | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  const n = Number(value);
  const shape = whole ? /^-?\d{1,9}$/ : /^-?\d+(\.\d+)?$/;
  if (!shape.test(value.trim()) || !(n >= min && n <= max))
    throw new BadRequest(
      `${name} must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}`,
      name,
    );
  return n;
}

/** An integer parameter within bounds. */
export const integer = (params: URLSearchParams, name: string, min: number, max: number) =>
  number(params, name, min, max, true);

const decimal = (params: URLSearchParams, name: string, min: number, max: number) =>
  number(params, name, min, max, false);

/** A true/false parameter (HSDS writes `true` and `false`). */
export function flag(params: URLSearchParams, name: string): boolean | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (!/^(true|false|1|0)$/i.test(value))
    throw new BadRequest(`${name} must be true or false`, name);
  return /^(true|1)$/i.test(value);
}

function instant(params: URLSearchParams, name: string): string | undefined {
  const value = text(params, name, 40);
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new BadRequest(`${name} must be a date or a date and time (ISO 8601)`, name);
  return value;
}

/** Paging: `page` from 1, `per_page` capped at {@link LIMITS.perPage}. */
export function paging(params: URLSearchParams, perPage = 20): { page: number; perPage: number } {
  const page = integer(params, 'page', 1, LIMITS.page) ?? 1;
  const asked = integer(params, 'per_page', 1, 1_000_000) ?? perPage;
  return { page, perPage: Math.min(asked, LIMITS.perPage) };
}

/** `GET /services`'s parameters as a query (see the README's API section). */
/**
 * `bbox=west,south,east,north` (degrees, as GeoJSON orders a box): only services whose place is inside, and those
 * with no public place (online, by phone, confidential), as the finder's "Search this area" keeps them. A box that
 * crosses the antimeridian has its west edge east of its east edge.
 */
function box(params: URLSearchParams): ServiceQuery['area'] {
  const given = text(params, 'bbox', 100);
  if (given === undefined) return undefined;
  const parts = given.split(',').map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  const [west, south, east, north] = parts;
  const fine =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    Math.abs(west!) <= 180 &&
    Math.abs(east!) <= 180 &&
    Math.abs(south!) <= 90 &&
    Math.abs(north!) <= 90 &&
    south! <= north!;
  if (!fine) throw new BadRequest('bbox must be west,south,east,north in degrees', 'bbox');
  return { west: west!, south: south!, east: east!, north: north! };
}

export function serviceQuery(
  params: URLSearchParams,
  taxonomyId: string,
  now = new Date(),
): ServiceQuery {
  const filters: FilterState = {};
  for (const [name, group] of Object.entries(FILTER_PARAMETERS)) {
    // Category paths and place names may hold commas: these are repeated, not comma-separated.
    const values = list(params, name, false);
    if (values.length) filters[group] = values;
  }
  if (flag(params, 'free')) filters.cost = ['free'];
  if (flag(params, 'open_now')) filters.open = ['now'];
  const lat = decimal(params, 'lat', -90, 90);
  const lng = decimal(params, 'lng', -180, 180);
  const radiusKm = decimal(params, 'radius_km', 0, LIMITS.radiusKm);
  if ((lat === undefined) !== (lng === undefined))
    throw new BadRequest('lat and lng go together', lat === undefined ? 'lat' : 'lng');
  if (radiusKm !== undefined && lat === undefined)
    throw new BadRequest('radius_km needs lat and lng', 'radius_km');
  const area = box(params);
  const sort = text(params, 'sort', 20) ?? 'relevance';
  if (!(SORT_ORDERS as readonly string[]).includes(sort))
    throw new BadRequest(`sort must be one of ${SORT_ORDERS.join(', ')}`, 'sort');
  if (sort === 'distance' && lat === undefined)
    throw new BadRequest('sort=distance needs lat and lng', 'sort');
  const taxonomy = text(params, 'taxonomy_id');
  const organizationId = text(params, 'organization_id');
  const modifiedAfter = instant(params, 'modified_after');
  const openAt = instant(params, 'open_at');
  const minimumAge = integer(params, 'minimum_age', 0, 130);
  const maximumAge = integer(params, 'maximum_age', 0, 130);
  return {
    search: text(params, 'search', LIMITS.search) ?? '',
    ...paging(params),
    filters,
    taxonomyTermIds: list(params, 'taxonomy_term_id'),
    ...(taxonomy !== undefined && taxonomy !== taxonomyId ? { otherTaxonomy: true } : {}),
    ...(organizationId !== undefined ? { organizationId } : {}),
    ...(modifiedAfter !== undefined ? { modifiedAfter } : {}),
    ...(lat !== undefined && lng !== undefined
      ? { near: { lat, lng, ...(radiusKm ? { radiusKm } : {}) } }
      : {}),
    ...(area ? { area } : {}),
    ...(minimumAge !== undefined ? { minimumAge } : {}),
    ...(maximumAge !== undefined ? { maximumAge } : {}),
    sort: sort as ServiceQuery['sort'],
    facets: flag(params, 'facets') ?? false,
    at: openAt ? new Date(openAt) : now,
  };
}
