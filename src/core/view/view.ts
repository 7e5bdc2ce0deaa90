/**
 * The view: everything that decides what a visitor sees of a directory (query, filters, sort, position and radius,
 * how many results are shown, the open resource, the language), in one plain object, and the one function that turns
 * a directory's hits and a view into what is shown. Pure: the same code answers in the page and in a worker.
 */
import type { FacetIndex, Facets, FilterState, SortOrder } from '../filters/facets.js';
import { activeFilters, FILTER_GROUPS, sortHits } from '../filters/state.js';
import { withinArea, withinRadius, type Area, type LatLng } from '../filters/distance.js';
import type { Resource } from '../feed/schema.js';
import type { SearchHit } from '../search/word-index.js';

/** Everything that decides what is shown. */
export interface View {
  /** What the visitor typed. */
  readonly query: string;
  /** Selected filter options, per group. */
  readonly filters: FilterState;
  /** How results are ordered. */
  readonly sort: SortOrder;
  /**
   * The visitor's position (from "near me" or the host); sent nowhere, but to a directory server in server mode,
   * rounded to about a kilometre.
   */
  readonly origin?: LatLng;
  /** With a position: only resources within this many kilometres (0: any distance). */
  readonly radius: number;
  /** Only resources whose place is in this box ("Search this area" on the map). Kept out of the URL. */
  readonly area?: Area;
  /** How many results are shown (pages of results the visitor asked for, times the page size). */
  readonly shown: number;
  /** Id of the resource whose details are open. */
  readonly open?: string;
  /** The visitor's language (names, sorting, messages). */
  readonly lang: string;
}

/** A change to the view: the fields given replace the current ones (`undefined` clears an optional one). */
export type ViewPatch = { -readonly [K in keyof View]?: View[K] };

/** The view before anything is chosen. */
export const DEFAULT_VIEW: View = {
  query: '',
  filters: {},
  sort: 'relevance',
  radius: 0,
  shown: 20,
  lang: 'en',
};

/** Whether two filter states select the same options (in any order of groups). */
export function sameFilters(a: FilterState, b: FilterState): boolean {
  return FILTER_GROUPS.every((g) => {
    const x = a[g] ?? [];
    const y = b[g] ?? [];
    return x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

/** Whether a patch changes nothing in `view`. */
export function changesNothing(view: View, patch: ViewPatch): boolean {
  return (Object.keys(patch) as Array<keyof View>).every((key) => {
    if (key === 'filters')
      return patch.filters !== undefined && sameFilters(view.filters, patch.filters);
    if (key === 'origin')
      return view.origin?.lat === patch.origin?.lat && view.origin?.lng === patch.origin?.lng;
    if (key === 'area') return JSON.stringify(view.area) === JSON.stringify(patch.area);
    return view[key] === patch[key];
  });
}

/** `view` with `patch` applied (fields given as `undefined` are removed). */
export function applyPatch(view: View, patch: ViewPatch): View {
  const next: Record<string, unknown> = { ...view };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  // Sorting by distance needs a position: without one, results are ordered by relevance.
  if (next.sort === 'distance' && !next.origin) next.sort = 'relevance';
  return next as unknown as View;
}

/** What a directory shows for a view. */
export interface ViewAnswer {
  /** The results shown now: the first `view.shown` hits, sorted. */
  readonly hits: readonly SearchHit[];
  /** How many results there are in all. */
  readonly total: number;
  /** Option counts per filter group, for the query and the other groups' selections. */
  readonly facets: Facets;
  /** When the query finds nothing: the nearest query the directory has words for ("Did you mean"). */
  readonly didYouMean?: string;
}

/**
 * What is shown for `view`, given the hits of its query over a directory and that directory's facet index: filters,
 * radius and area applied, facets counted, sorted and cut to `view.shown`.
 */
export function answerView(
  index: FacetIndex,
  queryHits: readonly SearchHit[],
  view: View,
  now: Date,
): ViewAnswer {
  // No copies of a long list that nothing changes: typing over 100,000 resources makes one answer per keystroke.
  const filtered = activeFilters(view.filters).length
    ? index.filter(queryHits, view.filters, now)
    : queryHits;
  const around =
    view.origin && view.radius > 0 ? withinRadius(filtered, view.origin, view.radius) : filtered;
  const near = view.area ? withinArea(around, view.area) : around;
  const sorted =
    view.sort === 'relevance' ? near : sortHits(near, view.sort, view.lang, view.origin);
  return {
    hits: sorted.slice(0, Math.max(0, view.shown)),
    total: near.length,
    facets: index.facets(queryHits, view.filters, now),
  };
}

/** Every resource in feed order, unscored: what an empty query shows. */
export function browseHits(resources: readonly Resource[]): SearchHit[] {
  return resources.map((resource, index) => ({ resource, score: 0, terms: [], index }));
}
