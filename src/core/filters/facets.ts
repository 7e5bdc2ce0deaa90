/**
 * Filters and facets. Every group is a list of options; a resource passes a group when it has any of the
 * selected options (OR within a group) and passes the filters when it passes every group (AND across groups).
 * Counts for a group's options reflect the query and the other groups' selections. Pure: no DOM.
 */
import { inRange, isOpenAt, minuteOfWeek, weeklyRanges } from '../hours/hours.js';
import { runSteps, type Steps } from '../steps/steps.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';
import type { Resource } from '../feed/schema.js';
import {
  FILTER_GROUPS,
  OPEN_NOW,
  FREE,
  type FacetOption,
  type Facets,
  type FilterGroup,
  type FilterState,
} from './state.js';

export * from './state.js';

/** A category and all its ancestors: "A > B > C" gives "A", "A > B", "A > B > C". */
export function categoryPaths(category: string): string[] {
  const parts = category
    .split(CATEGORY_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map((_, i) => parts.slice(0, i + 1).join(` ${CATEGORY_SEPARATOR} `));
}

/** The primary language subtag, lower case: "pt-BR" -> "pt". */
export function primaryLanguage(tag: string): string {
  // A private-use tag ("x-klingon") has no primary language: it is one language of its own.
  if (/^x-/i.test(tag)) return tag.toLowerCase();
  return tag.split('-')[0]!.toLowerCase();
}

const staticValues = new WeakMap<Resource, Partial<Record<FilterGroup, string[]>>>();

/** The options a resource has in a group. `now` is used by the `open` group. */
export function optionsOf(resource: Resource, group: FilterGroup, now: Date): string[] {
  if (group === 'open') return isOpenAt(resource.hours, now) ? [OPEN_NOW] : [];
  let cached = staticValues.get(resource);
  if (!cached) staticValues.set(resource, (cached = {}));
  let values = cached[group];
  if (!values) {
    switch (group) {
      case 'categories':
        values = [...new Set((resource.categories ?? []).flatMap(categoryPaths))];
        break;
      case 'places':
        values = resource.address?.locality ? [resource.address.locality] : [];
        break;
      case 'languages':
        values = [...new Set((resource.languages ?? []).map(primaryLanguage))];
        break;
      case 'audiences':
        values = [...new Set(resource.eligibility?.audiences ?? [])];
        break;
      case 'accessibility':
        values = [...new Set(resource.accessibility ?? [])];
        break;
      case 'delivery':
        values = [...new Set(resource.delivery ?? [])];
        break;
      case 'cost':
        values = resource.cost?.free ? [FREE] : [];
        break;
    }
    cached[group] = values;
  }
  return values;
}

function activeGroups(state: FilterState): FilterGroup[] {
  return FILTER_GROUPS.filter((g) => (state[g]?.length ?? 0) > 0);
}

function resourceOf(item: { resource: Resource } | Resource): Resource {
  return 'resource' in item && typeof item.resource === 'object'
    ? (item as { resource: Resource }).resource
    : (item as Resource);
}

/**
 * A group's options from their counts, as a filter panel lists them: selected options always (with 0 when nothing
 * has them now), categories in path order with their depth, other groups by count.
 */
export function facetOptions(
  group: FilterGroup,
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
): FacetOption[] {
  const all = new Map(counts);
  for (const v of selected) if (!all.has(v)) all.set(v, 0);
  const options = [...all].map(([value, count]) => ({
    value,
    count,
    depth: group === 'categories' ? value.split(CATEGORY_SEPARATOR).length - 1 : 0,
    selected: selected.includes(value),
  }));
  return options.sort(
    group === 'categories'
      ? (a, b) => a.value.localeCompare(b.value)
      : (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
}

/** Weekly opening periods of every resource as minute-of-week bounds, and each one's time zone (-1: no hours). */
interface HoursColumn {
  zones: string[];
  zone: Int32Array;
  rangeOffsets: Uint32Array;
  /** start, end, start, end… of `rangeOffsets[doc] .. rangeOffsets[doc + 1]`. */
  bounds: Int32Array;
}

/** Everything a {@link FacetIndex} numbers up front. */
interface Columns {
  columns: Map<FilterGroup, GroupColumn>;
  hours: HoursColumn;
}

/** The options of every resource in one group, as numbers: `ids[offsets[doc] .. offsets[doc + 1]]`. */
interface GroupColumn {
  values: string[];
  offsets: Uint32Array;
  ids: Uint32Array;
}

const EPOCH = new Date(0);

/** Numbers every resource's options, group by group, as {@link Steps}. Also prepares each one's weekly hours. */
function* columnSteps(resources: readonly Resource[]): Steps<Columns> {
  const columns = new Map<FilterGroup, GroupColumn>();
  const groups = FILTER_GROUPS.filter((g) => g !== 'open');
  const work = resources.length * (groups.length + 1);
  let done = 0;
  for (const group of groups) {
    const numbering = new Map<string, number>();
    const offsets = new Uint32Array(resources.length + 1);
    const ids: number[] = [];
    for (let doc = 0; doc < resources.length; doc++) {
      if (++done % 256 === 0) yield done / work;
      for (const value of optionsOf(resources[doc]!, group, EPOCH)) {
        let id = numbering.get(value);
        if (id === undefined) numbering.set(value, (id = numbering.size));
        ids.push(id);
      }
      offsets[doc + 1] = ids.length;
    }
    columns.set(group, { values: [...numbering.keys()], offsets, ids: Uint32Array.from(ids) });
  }
  const zones = new Map<string, number>();
  const zone = new Int32Array(resources.length).fill(-1);
  const rangeOffsets = new Uint32Array(resources.length + 1);
  const bounds: number[] = [];
  for (let doc = 0; doc < resources.length; doc++) {
    if (++done % 256 === 0) yield done / work;
    const r = resources[doc]!;
    if (r.hours?.weekly.length) {
      let id = zones.get(r.hours.timezone);
      if (id === undefined) zones.set(r.hours.timezone, (id = zones.size));
      zone[doc] = id;
      for (const [start, end] of weeklyRanges(r.hours)) bounds.push(start, end);
    }
    rangeOffsets[doc + 1] = bounds.length;
  }
  return {
    columns,
    hours: { zones: [...zones.keys()], zone, rangeOffsets, bounds: Int32Array.from(bounds) },
  };
}

/** A {@link FacetIndex} built as {@link Steps}, to run in slices (see `runStepsInSlices`). */
export function* facetIndexSteps(resources: readonly Resource[]): Steps<FacetIndex> {
  return new FacetIndex(resources, yield* columnSteps(resources));
}

/**
 * Filtering and facet counts over a fixed list of resources, for directories of any size. Each resource's options
 * are numbered once, so a query's facets cost one pass over its hits with integer counters (no pass per option),
 * and "open now" is worked out once per minute for the whole list.
 */
export class FacetIndex {
  /** Each resource's index, made on first need: search hits carry theirs. */
  private position?: Map<Resource, number>;
  private readonly columns: Map<FilterGroup, GroupColumn>;
  private readonly hours: HoursColumn;
  private readonly docsCache = new WeakMap<object, Uint32Array>();
  private readonly facetsCache = new WeakMap<object, { key: string; facets: Facets }>();
  private readonly resources: readonly Resource[];
  private openMinute = NaN;
  private openNow = new Uint8Array(0);

  /** Builds the index at once; for a large list, {@link facetIndexSteps} builds it without freezing the page. */
  constructor(resources: readonly Resource[], prepared?: Columns) {
    this.resources = resources;
    ({ columns: this.columns, hours: this.hours } = prepared ?? runSteps(columnSteps(resources)));
  }

  /** Which resources are open at `now` (worked out again when the minute changes, one time zone at a time). */
  private open(now: Date): Uint8Array {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.openMinute) {
      this.openMinute = minute;
      const { zones, zone, rangeOffsets, bounds } = this.hours;
      const minutes = zones.map((z) => minuteOfWeek(now, z));
      const open = (this.openNow = new Uint8Array(this.resources.length));
      for (let doc = 0; doc < open.length; doc++) {
        if (zone[doc]! < 0) continue;
        const at = minutes[zone[doc]!]!;
        for (let k = rangeOffsets[doc]!; k < rangeOffsets[doc + 1]!; k += 2)
          if (inRange(at, bounds[k]!, bounds[k + 1]!)) {
            open[doc] = 1;
            break;
          }
      }
    }
    return this.openNow;
  }

  /**
   * Index of each item's resource; every item must be one of the index's resources. Items that carry their `index`
   * (search hits do) need no lookup; the answer is kept for the same array (filtering and facets ask in turn).
   */
  private docsOf(
    items: ReadonlyArray<{ resource: Resource; index?: number } | Resource>,
  ): Uint32Array {
    const known = this.docsCache.get(items);
    if (known) return known;
    const docs = new Uint32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const resource = resourceOf(item);
      const hinted = resource !== item ? (item as { index?: number }).index : undefined;
      const doc =
        typeof hinted === 'number' && this.resources[hinted] === resource
          ? hinted
          : (this.position ??= new Map(this.resources.map((r, i) => [r, i]))).get(resource);
      if (doc === undefined) throw new Error('FacetIndex: an item is not one of its resources');
      docs[i] = doc;
    }
    this.docsCache.set(items, docs);
    return docs;
  }

  /** Bit set of the active groups each doc passes. */
  private masks(
    docs: Uint32Array,
    groups: FilterGroup[],
    state: FilterState,
    now: Date,
  ): Uint32Array {
    const masks = new Uint32Array(docs.length);
    groups.forEach((group, bit) => {
      const flag = 1 << bit;
      if (group === 'open') {
        const open = this.open(now);
        const wanted = state.open!.includes(OPEN_NOW);
        for (let i = 0; i < docs.length; i++) if (wanted && open[docs[i]!]) masks[i]! |= flag;
        return;
      }
      const { values, offsets, ids } = this.columns.get(group)!;
      const selected = new Uint8Array(values.length);
      for (const v of state[group]!) {
        const id = values.indexOf(v);
        if (id >= 0) selected[id] = 1;
      }
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++)
          if (selected[ids[k]!]) {
            masks[i]! |= flag;
            break;
          }
      }
    });
    return masks;
  }

  /** The items whose resource passes every selected group. */
  filter<T extends { resource: Resource } | Resource>(
    items: readonly T[],
    state: FilterState,
    now: Date = new Date(),
  ): T[] {
    const groups = activeGroups(state);
    if (groups.length === 0) return [...items];
    const all = (1 << groups.length) - 1;
    const masks = this.masks(this.docsOf(items), groups, state, now);
    return items.filter((_, i) => masks[i] === all);
  }

  /** Facet options and counts for `items` (usually the query's hits), one pass per group over integer options. */
  facets<T extends { resource: Resource } | Resource>(
    items: readonly T[],
    state: FilterState,
    now: Date = new Date(),
  ): Facets {
    // The same list comes back (browsing the whole directory, a cached query): answer from the last time, for the
    // same selection within the same minute.
    const key = `${Math.floor(now.getTime() / 60_000)} ${JSON.stringify(state)}`;
    const known = this.facetsCache.get(items);
    if (known?.key === key) return known.facets;
    const facets = this.count(items, state, now);
    this.facetsCache.set(items, { key, facets });
    return facets;
  }

  private count<T extends { resource: Resource } | Resource>(
    items: readonly T[],
    state: FilterState,
    now: Date,
  ): Facets {
    const groups = activeGroups(state);
    const all = (1 << groups.length) - 1;
    const docs = this.docsOf(items);
    const masks = this.masks(docs, groups, state, now);
    const facets = {} as Facets;
    for (const group of FILTER_GROUPS) {
      const bit = groups.indexOf(group);
      const need = bit >= 0 ? all & ~(1 << bit) : all;
      const counts = new Map<string, number>();
      if (group === 'open') {
        const open = this.open(now);
        let n = 0;
        for (let i = 0; i < docs.length; i++)
          if ((masks[i]! & need) === need && open[docs[i]!]) n++;
        if (n) counts.set(OPEN_NOW, n);
      } else {
        const { values, offsets, ids } = this.columns.get(group)!;
        const tally = new Uint32Array(values.length);
        for (let i = 0; i < docs.length; i++) {
          if ((masks[i]! & need) !== need) continue;
          const doc = docs[i]!;
          for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) tally[ids[k]!]!++;
        }
        tally.forEach((n, id) => n && counts.set(values[id]!, n));
      }
      const options = facetOptions(group, counts, state[group] ?? []);
      facets[group] = options;
    }
    return facets;
  }
}

/** The items whose resource passes every selected group. */
export function applyFilters<T extends { resource: Resource } | Resource>(
  items: readonly T[],
  state: FilterState,
  now: Date = new Date(),
): T[] {
  if (activeGroups(state).length === 0) return [...items];
  return new FacetIndex(items.map(resourceOf)).filter(items, state, now);
}

/**
 * Facet options and counts for `items` (usually the query's hits): a resource counts for a group's options when it
 * passes every other selected group. For repeated use over one list, build a {@link FacetIndex} once.
 */
export function computeFacets<T extends { resource: Resource } | Resource>(
  items: readonly T[],
  state: FilterState,
  now: Date = new Date(),
): Facets {
  return new FacetIndex(items.map(resourceOf)).facets(items, state, now);
}
