/**
 * The search statement of `search.ts`, answered from the {@link SearchIndex}: the same services found, the same
 * scores (PostgreSQL's ts_rank, worked out as tsrank.c does), the same relevance floor, filters, facets and order.
 * It visits the postings of the query's words and the services they name, never a service that none of them has.
 */
import { FILTER_GROUPS, RANKING_WEIGHTS, type FilterGroup } from 'resource-finder/core.js';
import { FACET_SEPARATOR } from './directory.js';
import { BASEL, DOC, Growing, IN_AB, NO_AGE, type SearchIndex } from './search-index.js';

const {
  widened: WIDENED,
  prefix: PREFIX,
  relevanceFloor: RELEVANCE_FLOOR,
  phraseBonus: PHRASE_BONUS,
} = RANKING_WEIGHTS;

/** One part of the query, its words as the index numbers them. */
export interface IndexConcept {
  /** The words typed and their corrections, stemmed (ascending), and how many the query has (found or not). */
  exact: number[];
  exactCount: number;
  /** The words that complete the word being typed: [first, end). */
  completions?: [number, number];
  /** What a need widens it to, and how many words that query has. */
  widened: number[];
  widenedCount: number;
  /** Its weight times its rarity (the rank's factor). */
  scale: number;
  weight: number;
}

/** What the index is asked. */
export interface IndexQuery {
  concepts: IndexConcept[];
  /** What the completion of the word being typed counts against the word (search.ts). */
  completed: number;
  /** Pairs of words side by side in the name, in the order typed. */
  pairs: RegExp[];
  wanted: number;
  /** The options chosen in each group. */
  filters: Partial<Record<FilterGroup, readonly string[]>>;
  nothing: boolean;
  terms?: readonly string[];
  organizationId?: string;
  modifiedAfter?: number;
  minimumAge?: number;
  maximumAge?: number;
  sort: 'relevance' | 'name' | 'verified';
  offset: number;
  limit: number;
  facets: boolean;
  /** The minute of the week now in each of the index's time zones (when "open now" is read). */
  minutes?: Int32Array;
}

/** What the index answers. */
export interface IndexAnswer {
  total: number;
  /** The page's services, in order. */
  ids: string[];
  /** Each facet key's count (`group` U+001F `option`), only those above 0. */
  facets?: Map<string, number>;
}

const GROUPS: readonly FilterGroup[] = FILTER_GROUPS;
const OPEN = GROUPS.indexOf('open');
const COST = GROUPS.indexOf('cost');

/** Scratch kept between searches: each service's slot in the current one (-1: not found). */
const slots = new WeakMap<SearchIndex, Int32Array>();

/** A word's regular expression as PostgreSQL reads `\m` and `\W`. */
const WORD = '[\\p{L}\\p{N}_]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name_key ~ '\mfirst\W+second'`, as the search statement asks. */
export function pairPattern(first: string, second: string): RegExp {
  return new RegExp(`(?<!${WORD})${escape(first)}[^\\p{L}\\p{N}_]+${escape(second)}`, 'u');
}

/** Answers `query` from `index`. */
export function searchIndex(index: SearchIndex, query: IndexQuery): IndexAnswer {
  if (query.nothing) return { total: 0, ids: [], ...(query.facets ? { facets: new Map() } : {}) };
  const { concepts } = query;
  const base = baseCondition(index, query);

  // The services found and their scores (none without words: every service, in the directory's order).
  let listed: Int32Array;
  let scores: Float64Array | undefined;
  if (concepts.length) {
    ({ listed, scores } = ranked(index, query, base));
  } else {
    const all = new Growing(new Int32Array(Math.max(16, index.size)), (n) => new Int32Array(n));
    for (let d = 0; d < index.size; d++) if (!base || base(d)) all.push(d);
    listed = all.done();
  }
  return filtered(index, query, listed, scores);
}

/** The query's conditions other than words and filter groups, or undefined when it has none. */
function baseCondition(
  index: SearchIndex,
  query: IndexQuery,
): ((doc: number) => boolean) | undefined {
  const tests: Array<(doc: number) => boolean> = [];
  if (query.terms?.length) {
    const wanted = new Set(
      query.terms.map((t) => index.terms.ids.get(t)).filter((t) => t !== undefined),
    );
    const { termStart, termIds } = index;
    tests.push((d) => {
      for (let i = termStart[d]!; i < termStart[d + 1]!; i++)
        if (wanted.has(termIds[i]!)) return true;
      return false;
    });
  }
  if (query.organizationId !== undefined) {
    const id = index.organizations.ids.get(query.organizationId) ?? -2;
    tests.push((d) => index.organization[d] === id);
  }
  if (query.modifiedAfter !== undefined) {
    const after = query.modifiedAfter;
    tests.push((d) => index.modified[d]! >= after);
  }
  if (query.minimumAge !== undefined) {
    const min = query.minimumAge;
    tests.push((d) => index.maxAge[d] === NO_AGE || index.maxAge[d]! >= min);
  }
  if (query.maximumAge !== undefined) {
    const max = query.maximumAge;
    tests.push((d) => index.minAge[d] === NO_AGE || index.minAge[d]! <= max);
  }
  if (!tests.length) return undefined;
  return (d) => tests.every((test) => test(d));
}

/** The services the words find that pass `base`, above the relevance floor, with their scores. */
function ranked(
  index: SearchIndex,
  query: IndexQuery,
  base: ((doc: number) => boolean) | undefined,
): { listed: Int32Array; scores: Float64Array } {
  const { concepts } = query;
  const { postingStart, postingDoc, postingFigure, lengthLog } = index;
  let slot = slots.get(index);
  if (!slot) slots.set(index, (slot = new Int32Array(index.size).fill(-1)));
  const found = new Growing(new Int32Array(1024), (n) => new Int32Array(n));
  const take = (word: number, abOnly: boolean) => {
    for (let p = postingStart[word]!; p < postingStart[word + 1]!; p++) {
      const posting = postingDoc[p]!;
      if (abOnly && !(posting & IN_AB)) continue;
      const d = posting & DOC;
      if (slot[d]! < 0) {
        slot[d] = found.length;
        found.push(d);
      }
    }
  };
  for (const c of concepts) {
    for (const w of c.exact) take(w, false);
    if (c.completions) for (let w = c.completions[0]; w < c.completions[1]; w++) take(w, false);
    for (const w of c.widened) take(w, true);
  }
  let docs = found.done();
  try {
    if (base) {
      const kept = new Growing(new Int32Array(Math.max(16, docs.length)), (n) => new Int32Array(n));
      for (const d of docs) {
        if (base(d)) {
          slot[d] = kept.length;
          kept.push(d);
        } else slot[d] = -1;
      }
      docs = kept.done();
    }
    const n = docs.length;
    const rank = new Float64Array(n);
    const covered = new Float64Array(n);
    const t = new Float32Array(n);
    const c = new Float32Array(n);
    const w = new Float32Array(n);
    const inAb = new Uint8Array(n);
    // ts_rank: the sum of the words' figures (in the order of the query's words), divided by the number of words,
    // then by the log of the service's length, each step rounded to single precision as PostgreSQL does.
    const sum = (into: Float32Array, word: number, ab: boolean) => {
      for (let p = postingStart[word]!; p < postingStart[word + 1]!; p++) {
        const posting = postingDoc[p]!;
        const s = slot[posting & DOC]!;
        if (s < 0) continue;
        into[s] = into[s]! + postingFigure[p]! / BASEL;
        if (ab && posting & IN_AB) inAb[s] = 1;
      }
    };
    const normalize = (into: Float32Array, words: number) => {
      for (let s = 0; s < n; s++) {
        const v = into[s]!;
        if (v !== 0) into[s] = Math.fround(v / words) / lengthLog[docs[s]!]!;
      }
    };
    const completed = PREFIX * query.completed;
    for (const concept of concepts) {
      t.fill(0);
      for (const word of concept.exact) sum(t, word, false);
      normalize(t, concept.exactCount);
      if (concept.completions) {
        c.fill(0);
        for (let word = concept.completions[0]; word < concept.completions[1]; word++)
          sum(c, word, false);
        normalize(c, 1);
      }
      const widening = concept.widenedCount > 0;
      if (widening) {
        w.fill(0);
        inAb.fill(0);
        for (const word of concept.widened) sum(w, word, true);
        normalize(w, concept.widenedCount);
      }
      for (let s = 0; s < n; s++) {
        const typed = concept.completions ? Math.max(t[s]!, completed * c[s]!) : t[s]!;
        rank[s] = rank[s]! + concept.scale * (widening ? typed + WIDENED * w[s]! : typed);
        const hit =
          t[s]! > 0 ||
          (concept.completions !== undefined && c[s]! > 0) ||
          (widening && w[s]! > 0 && inAb[s] === 1);
        if (hit) covered[s] = covered[s]! + concept.weight;
      }
    }
    let best = -Infinity;
    for (let s = 0; s < n; s++) {
      const share = covered[s]! / query.wanted;
      rank[s] = rank[s]! * (share * share);
      if (rank[s]! > best) best = rank[s]!;
    }
    // The bonus of a name holding the query's words side by side, for the services that could reach the floor.
    let floor = RELEVANCE_FLOOR * best;
    if (query.pairs.length) {
      const reach = (RELEVANCE_FLOOR / (1 + PHRASE_BONUS)) * best;
      let top = -Infinity;
      for (let s = 0; s < n; s++) {
        if (!(rank[s]! >= reach)) {
          rank[s] = NaN;
          continue;
        }
        const name = index.nameKeys[docs[s]!]!;
        let matched = 0;
        for (const pair of query.pairs) if (pair.test(name)) matched++;
        rank[s] = rank[s]! * (1 + (PHRASE_BONUS * matched) / query.pairs.length);
        if (rank[s]! > top) top = rank[s]!;
      }
      floor = RELEVANCE_FLOOR * top;
    }
    const listed = new Growing(new Int32Array(1024), (k) => new Int32Array(k));
    const scores: number[] = [];
    for (let s = 0; s < n; s++) {
      if (rank[s]! >= floor) {
        listed.push(docs[s]!);
        scores.push(rank[s]!);
      }
    }
    return { listed: listed.done(), scores: Float64Array.from(scores) };
  } finally {
    for (const d of found.done()) slot[d] = -1;
  }
}

/** Whether a service is open at the minute of its time zone. */
function openNow(index: SearchIndex, d: number, minutes: Int32Array): boolean {
  const zone = index.zone[d]!;
  if (zone < 0) return false;
  const minute = minutes[zone]!;
  for (let i = index.openStart[d]!; i < index.openStart[d + 1]!; i += 2)
    if (index.openRanges[i]! <= minute && minute < index.openRanges[i + 1]!) return true;
  return false;
}

/** The filter groups, the total, the page in order and the facets of the services listed. */
function filtered(
  index: SearchIndex,
  query: IndexQuery,
  listed: Int32Array,
  scores: Float64Array | undefined,
): IndexAnswer {
  const keys = index.facetKeys.names;
  // Each key's group, and the groups whose chosen options it is one of.
  const group = new Int8Array(keys.length);
  const chosen = new Uint16Array(keys.length);
  keys.forEach(
    (key, i) =>
      (group[i] = GROUPS.indexOf(key.slice(0, key.indexOf(FACET_SEPARATOR)) as FilterGroup)),
  );
  let constrained = 0;
  GROUPS.forEach((g, bit) => {
    const options = query.filters[g] ?? [];
    if (!options.length) return;
    if (bit === OPEN) {
      if (options.includes('now')) constrained |= 1 << bit;
      return;
    }
    const wanted = bit === COST ? options.filter((o) => o === 'free') : options;
    if (!wanted.length) return;
    constrained |= 1 << bit;
    for (const option of wanted) {
      const key = index.facetKeys.ids.get(`${g}${FACET_SEPARATOR}${option}`);
      if (key !== undefined) chosen[key]! |= 1 << bit;
    }
  });
  const minutes = query.minutes;
  const { facetStart, facetIds } = index;
  const counts = query.facets ? new Uint32Array(keys.length) : undefined;
  let openCount = 0;
  const passing = new Growing(
    new Int32Array(Math.max(16, listed.length)),
    (k) => new Int32Array(k),
  );
  for (let i = 0; i < listed.length; i++) {
    const d = listed[i]!;
    let have = 0;
    for (let f = facetStart[d]!; f < facetStart[d + 1]!; f++) have |= chosen[facetIds[f]!]!;
    const open = minutes !== undefined && openNow(index, d, minutes);
    if (open) have |= 1 << OPEN;
    const fails = constrained & ~have;
    if (fails === 0) {
      passing.push(i);
      if (counts) {
        for (let f = facetStart[d]!; f < facetStart[d + 1]!; f++) counts[facetIds[f]!]!++;
        if (open) openCount++;
      }
    } else if (counts && (fails & (fails - 1)) === 0) {
      // Missed by one group only: counts its options in that group.
      const missed = 31 - Math.clz32(fails);
      for (let f = facetStart[d]!; f < facetStart[d + 1]!; f++)
        if (group[facetIds[f]!] === missed) counts[facetIds[f]!]!++;
    }
  }
  const kept = passing.done();
  const order = ordering(index, query, listed, scores);
  const page = top(kept, order, query.offset + query.limit).slice(query.offset);
  const answer: IndexAnswer = { total: kept.length, ids: page.map((i) => index.ids[listed[i]!]!) };
  if (counts) {
    const facets = new Map<string, number>();
    counts.forEach((n, key) => n > 0 && facets.set(keys[key]!, n));
    if (openCount > 0) facets.set(`open${FACET_SEPARATOR}now`, openCount);
    answer.facets = facets;
  }
  return answer;
}

/** "a comes before b", for entries of `listed`. */
function ordering(
  index: SearchIndex,
  query: IndexQuery,
  listed: Int32Array,
  scores: Float64Array | undefined,
): (a: number, b: number) => number {
  const by =
    query.sort === 'name'
      ? index.byName
      : query.sort === 'verified'
        ? index.byVerified
        : scores
          ? index.byName
          : index.byPosition;
  if (query.sort === 'relevance' && scores)
    return (a, b) => scores[b]! - scores[a]! || by[listed[a]!]! - by[listed[b]!]!;
  return (a, b) => by[listed[a]!]! - by[listed[b]!]!;
}

/** The first `k` of `items` in `order` (a heap of the best `k` when there are many more). */
export function top(
  items: Int32Array,
  order: (a: number, b: number) => number,
  k: number,
): number[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return Array.from(items).sort(order).slice(0, k);
  // A heap whose root is the worst of the best k so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => order(a, b) > 0;
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (order(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(order);
}
