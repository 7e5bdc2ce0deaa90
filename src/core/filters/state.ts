/**
 * The filter state and sorting, as the interface reads them: the groups, a selection's options, the chips, the sort
 * orders and sorting hits. Light on purpose (the drop-in's first load): counting options is in `facets.ts`.
 */
import { fold, localized } from '../text/fold.js';
import { resourceDistance, type LatLng } from './distance.js';
import type { Resource } from '../feed/schema.js';
import { collator } from '../text/intl.js';

/** Filter groups, in display order. */
export const FILTER_GROUPS = [
  'categories',
  'places',
  'languages',
  'audiences',
  'accessibility',
  'delivery',
  'cost',
  'open',
] as const;

/** A filter group. */
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** Selected options per group; a missing or empty group does not filter. */
export type FilterState = Partial<Record<FilterGroup, string[]>>;

/** The only option of the `cost` group. */
export const FREE = 'free';
/** The only option of the `open` group. */
export const OPEN_NOW = 'now';
export { CATEGORY_SEPARATOR } from '../text/patterns.js';

/** One option of a facet, with how many results would show if it were added to the selection. */
export interface FacetOption {
  /** The option's value, as stored in {@link FilterState}. */
  value: string;
  /** Results with this option, given the query and the other groups' selections. */
  count: number;
  /** Nesting depth for hierarchical categories (0 for top level and for other groups). */
  depth: number;
  /** True when selected. */
  selected: boolean;
}

/** Options per group. */
export type Facets = Record<FilterGroup, FacetOption[]>;

/** Adds or removes one option of a group; returns a new state. */
export function toggleOption(
  state: FilterState,
  group: FilterGroup,
  value: string,
  on?: boolean,
): FilterState {
  const current = state[group] ?? [];
  const has = current.includes(value);
  const want = on ?? !has;
  if (want === has) return state;
  const next = want ? [...current, value] : current.filter((v) => v !== value);
  const out: FilterState = { ...state, [group]: next };
  if (next.length === 0) delete out[group];
  return out;
}

/** Every selected option, in group order: what the active-filter chips show. */
export function activeFilters(state: FilterState): Array<{ group: FilterGroup; value: string }> {
  return FILTER_GROUPS.flatMap((group) => (state[group] ?? []).map((value) => ({ group, value })));
}

/** How results can be sorted (`distance` needs a position). */
export const SORT_ORDERS = ['relevance', 'name', 'verified', 'distance'] as const;
/** A sort order. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Above this many hits, names are ordered by their folded form rather than by the language's collation. */
const COLLATED_SORT_LIMIT = 5000;

/** Names as the visitor reads them (translated into the language when the feed gives a translation), folded. */
const foldedNames = new Map<string, WeakMap<Resource, string>>();
function foldedName(r: Resource, locale: string): string {
  let names = foldedNames.get(locale);
  if (!names) foldedNames.set(locale, (names = new WeakMap()));
  let key = names.get(r);
  if (key === undefined) names.set(r, (key = fold(localized(r, locale).name)));
  return key;
}

/**
 * Sorts hits; `relevance` keeps the engine's order; `distance` needs `origin` (places it cannot place go last).
 * Each hit's sort key is worked out once, not at every comparison. By name (the name the visitor reads: its
 * translation into `locale` when the feed gives one), up to 5,000 hits are ordered by the language's collation; more are ordered by their names without case or accents, which costs a fraction as much
 * and differs only in fine points (punctuation, some letters of some languages).
 */
export function sortHits<T extends { resource: Resource }>(
  hits: readonly T[],
  order: SortOrder,
  locale = 'en',
  origin?: LatLng,
): T[] {
  if (order === 'relevance' || (order === 'distance' && !origin)) return [...hits];
  if (order === 'name' && hits.length <= COLLATED_SORT_LIMIT) {
    const names = collator(locale, { sensitivity: 'base' });
    const named = hits.map((hit) => ({ hit, name: localized(hit.resource, locale).name }));
    named.sort((a, b) => names.compare(a.name, b.name));
    return named.map((n) => n.hit);
  }
  const keyed = hits.map((hit, i) => ({
    hit,
    i,
    key: sortKey(hit.resource, order, locale, origin),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return keyed.map((k) => k.hit);
}

/** What a hit is sorted by, smaller first. */
function sortKey(r: Resource, order: SortOrder, locale: string, origin?: LatLng): string | number {
  if (order === 'name') return foldedName(r, locale);
  if (order === 'distance') return resourceDistance(r, origin!) ?? Infinity;
  // verified: most recent first; never verified last.
  return r.lastVerified ? -Date.parse(r.lastVerified) : Infinity;
}
