/**
 * The finder's view in the URL, so a link can be shared and a reload restores it: query, filters, sort and the open
 * resource. Parameters are namespaced (`rf-…`) so the host page's own parameters are left alone. Pure: no DOM.
 */
import {
  FILTER_GROUPS,
  SORT_ORDERS,
  type FilterGroup,
  type FilterState,
  type SortOrder,
} from '../filters/state.js';

/** What the URL holds. */
export interface UrlState {
  query: string;
  filters: FilterState;
  sort?: SortOrder;
  open?: string;
}

const P = { query: 'rf-q', sort: 'rf-sort', open: 'rf-resource', filter: 'rf-' } as const;

/** Writes the state into a copy of `search` (a URL's query string); empty values are removed. */
export function encodeUrlState(state: UrlState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()])
    if (
      key === P.query ||
      key === P.sort ||
      key === P.open ||
      FILTER_GROUPS.some((g) => key === `${P.filter}${g}`)
    )
      params.delete(key);
  if (state.query.trim()) params.set(P.query, state.query.trim());
  for (const group of FILTER_GROUPS)
    for (const value of state.filters[group] ?? []) params.append(`${P.filter}${group}`, value);
  if (state.sort && state.sort !== 'relevance' && state.sort !== 'distance')
    params.set(P.sort, state.sort);
  if (state.open) params.set(P.open, state.open);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Reads the state from a URL's query string; unknown values are ignored. */
export function decodeUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const filters: FilterState = {};
  for (const group of FILTER_GROUPS) {
    const values = params.getAll(`${P.filter}${group}`).filter(Boolean);
    if (values.length) filters[group as FilterGroup] = [...new Set(values)];
  }
  const sort = params.get(P.sort);
  const open = params.get(P.open);
  return {
    query: params.get(P.query) ?? '',
    filters,
    ...(sort && (SORT_ORDERS as readonly string[]).includes(sort)
      ? { sort: sort as SortOrder }
      : {}),
    ...(open ? { open } : {}),
  };
}
