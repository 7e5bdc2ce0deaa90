/**
 * The search statement of `search.ts`, answered from the {@link SearchIndex}: the same services found, the same
 * scores (PostgreSQL's ts_rank, worked out as tsrank.c does), the same relevance floor, filters, facets and order.
 * It visits the postings of the query's words and the services they name, never a service that none of them has.
 */
import { FILTER_GROUPS, RANKING_WEIGHTS, type FilterGroup } from 'resource-finder/core.js';
import { FACET_SEPARATOR } from './directory.js';
import { WORD, WORD_UNIT, hasPairOf, pairNumbers, type PairNumbers } from './name-words.js';
import { DOC, INDEX_ARRAYS, IN_AB, NO_AGE, type SearchIndex } from './search-index.js';

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
  pairs: Pair[];
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
  /** The minute of the week now in each of the index's time zones (when "open now" is read), and which minute. */
  clock?: Clock;
}

/** The minute of the week in each of the index's time zones, at one minute (minutes since 1970). */
export interface Clock {
  minute: number;
  minutes: Int32Array;
}

/** The arrays a search reads: a {@link SearchIndex}'s, also as a search thread (search-threads.ts) receives them. */
export type IndexArrays = Pick<SearchIndex, (typeof INDEX_ARRAYS)[number]>;

/**
 * An {@link IndexQuery} with its names (terms, organization, options chosen) as the index numbers them: all a search
 * over the arrays reads, and what is sent to a search thread.
 */
export interface ArraysQuery extends Omit<IndexQuery, 'terms' | 'organizationId' | 'filters'> {
  /** The taxonomy terms asked that the index has, when terms are asked. */
  terms?: number[];
  /** The organization asked (-2 when the index has none of that id). */
  organization?: number;
  /** Each facet key's bits: the groups whose chosen options it is one of. */
  chosen: Uint16Array;
  /** The groups with options chosen (bits). */
  constrained: number;
  /** Each pair's words as the index numbers names' words (null: read in the names' letters). */
  pairWords: Array<PairNumbers | null>;
}

/** What a search over the arrays finds. */
export interface ArraysAnswer {
  total: number;
  /** The page's services, as numbers, in order. */
  docs: number[];
  /** Each facet key's count (when facets are asked), and the services open now. */
  counts?: Uint32Array;
  open: number;
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

/**
 * The arrays a search works in, one set per index, each as long as the index has services and read by service number
 * (a posting list is in that order, so a search reads them front to back): searches run one at a time (each is
 * synchronous), and at a million services their 48 MB are allocated once, not at every search.
 */
class Scratch {
  /**
   * The concept that last reached each service, as a serial number: the serials of one search are above those of
   * every earlier one, so a mark below the search's first serial says the service is not reached yet (then `rank` and
   * `covered` are another search's).
   */
  readonly mark: Uint16Array;
  /** The services found that pass the other conditions, in the index's order (see `rankFound`). */
  readonly docs: Int32Array;
  /** The services the query finds (a typed word or its completion anywhere, a widened word in A or B): one bit each. */
  readonly found: Int32Array;
  readonly rank: Float64Array;
  /**
   * The concepts each service has, concept i as bit i (a query has at most 32): their weights are added once, in
   * the query's order (see `coverage`).
   */
  readonly covered: Int32Array;
  readonly t: Float32Array;
  readonly c: Float32Array;
  readonly w: Float32Array;
  readonly inAb: Uint8Array;
  readonly listed: Int32Array;
  readonly passing: Int32Array;
  readonly scores: Float64Array;
  /** The services of a block (see {@link SERVICE_BLOCK}) the current concept reached. */
  readonly near = new Int32Array(SERVICE_BLOCK);
  /** The services a typed word (or a word completing one) of the query reaches: one bit each (see `ranked`). */
  readonly typed: Int32Array;
  /** The largest share of each set of widened words searched (see `widenedMost`). */
  readonly widenedMost = new Map<string, number>();
  /** Where the values of a batch of services begin and end (their facets, or their names' words). */
  readonly starts = new Uint32Array(BATCH * 2);
  /** What was read ahead, kept so that the reads are made (see {@link BATCH}). */
  ahead = 0;
  private serial = 0;
  /** Services open at the last minute asked. */
  open?: { minute: number; flags: Uint8Array };
  constructor(size: number) {
    this.mark = new Uint16Array(size);
    this.docs = new Int32Array(size);
    this.found = new Int32Array((size + 31) >>> 5);
    this.rank = new Float64Array(size);
    this.covered = new Int32Array(size);
    this.t = new Float32Array(size);
    this.c = new Float32Array(size);
    this.w = new Float32Array(size);
    this.inAb = new Uint8Array(size);
    this.listed = new Int32Array(size);
    this.passing = new Int32Array(size);
    this.scores = new Float64Array(size);
    this.typed = new Int32Array((size + 31) >>> 5);
  }

  /** The first of `count` serial numbers for a search (its concepts'), each above every earlier one's. */
  begin(count: number): number {
    // 16 bits a service (the arrays a search sweeps are its cost): at 65,535 concepts, the marks start again from 0.
    if (this.serial > 0xffff - count) {
      this.mark.fill(0);
      this.serial = 0;
    }
    const first = this.serial + 1;
    this.serial += count;
    return first;
  }
}
/**
 * Services whose places in an array of a variable number per service (facets, words of the name) are read a batch
 * ahead, with the first of their values: the reads of a batch do not wait on each other, as they do when each service
 * is read just before its values are used, and its values are then in the processor's cache. At a million services,
 * this took a tenth off a search.
 */
const BATCH = 128;
/**
 * Services worked out a block at a time: every concept's postings of the block's services, then the block's services
 * found. What a search keeps of a service (its mark, rank, concepts and sums: 28 bytes) is read again while still in
 * the core's own cache (16,384 services: 450 KB), not from the cache the cores share, where the other search threads
 * and the server's thread write too. At a million services under load, a search took a twentieth less.
 */
const SERVICE_BLOCK = 1 << 14;
const scratches = new WeakMap<IndexArrays, Scratch>();

/** A sum of words' figures divided by their number, then by the log of the service's length, as ts_rank steps. */
const perLength = (sum: number, words: number, length: number) =>
  Math.fround(Math.fround(sum / words) / length);

/**
 * Reads ahead the places (in `start`) of `items` from `i` to `end` at most a batch, the first of their `values`, and
 * their entry in `also` (see {@link BATCH}): `scratch.starts` then holds where each item's values begin and end.
 */
function readAhead(
  scratch: Scratch,
  items: Int32Array,
  i: number,
  end: number,
  start: Uint32Array,
  values: ArrayLike<number>,
  also?: Uint8Array,
): void {
  const { starts } = scratch;
  let ahead = scratch.ahead;
  for (let j = i; j < Math.min(end, i + BATCH); j++) {
    const item = items[j]!;
    const from = start[item]!;
    starts[(j & (BATCH - 1)) * 2] = from;
    starts[(j & (BATCH - 1)) * 2 + 1] = start[item + 1]!;
    ahead ^= values[from]! ^ (also ? also[item]! : 0);
  }
  scratch.ahead = ahead;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two words side by side in a name: `name_key ~ '\mfirst\W+second'`, as the search statement asks. */
export interface Pair {
  first: string;
  second: string;
  pattern: RegExp;
}

export function pair(first: string, second: string): Pair {
  return {
    first,
    second,
    pattern: new RegExp(`(?<!${WORD})${escape(first)}[^\\p{L}\\p{N}_]+${escape(second)}`, 'u'),
  };
}

/** Whether `units` hold `word` at `at`. */
function holds(units: Uint16Array, at: number, end: number, word: string): boolean {
  if (end - at < word.length) return false;
  for (let k = 0; k < word.length; k++) if (units[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

const utf16 = new TextDecoder('utf-16le');

/**
 * Whether the name in `names` from `from` to `end` has the pair: read in place, unit by unit, with the expression only
 * for a name that has characters beyond the first 65,536 (surrogate pairs).
 */
export function hasPair(
  names: Uint16Array,
  from: number,
  end: number,
  pair: Pair,
  plain = names.subarray(from, end).every((u) => u < 0xd800 || u > 0xdfff),
): boolean {
  if (!plain) return pair.pattern.test(utf16.decode(names.subarray(from, end)));
  const { first, second } = pair;
  const lead = first.charCodeAt(0);
  for (let i = from; i + first.length <= end; i++) {
    if (names[i] !== lead || (i > from && WORD_UNIT[names[i - 1]!] === 1)) continue;
    if (!holds(names, i, end, first)) continue;
    let j = i + first.length;
    if (j >= end || WORD_UNIT[names[j]!] === 1) continue;
    while (j < end && WORD_UNIT[names[j]!] === 0) j++;
    if (holds(names, j, end, second)) return true;
  }
  return false;
}

/** `query` with its names as the index numbers them. */
export function arraysQuery(index: SearchIndex, query: IndexQuery): ArraysQuery {
  const { terms, organizationId, filters, ...rest } = query;
  const chosen = new Uint16Array(index.facetGroups.length);
  let constrained = 0;
  GROUPS.forEach((g, bit) => {
    const options = filters[g] ?? [];
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
  const known = (t: number | undefined): t is number => t !== undefined;
  return {
    ...rest,
    ...(terms?.length
      ? { terms: [...new Set(terms.map((t) => index.terms.ids.get(t)).filter(known))] }
      : {}),
    ...(organizationId !== undefined
      ? { organization: index.organizations.ids.get(organizationId) ?? -2 }
      : {}),
    chosen,
    constrained,
    pairWords: query.pairs.map((p) => pairNumbers(index.nameWordList, p.first, p.second) ?? null),
  };
}

/** What the numbers of `found` stand for in `index`. */
export function answerOf(index: SearchIndex, found: ArraysAnswer): IndexAnswer {
  const answer: IndexAnswer = { total: found.total, ids: found.docs.map((d) => index.ids[d]!) };
  if (found.counts) {
    const keys = index.facetKeys.names;
    const facets = new Map<string, number>();
    found.counts.forEach((n, key) => n > 0 && facets.set(keys[key]!, n));
    if (found.open > 0) facets.set(`open${FACET_SEPARATOR}now`, found.open);
    answer.facets = facets;
  }
  return answer;
}

/** Answers `query` from the arrays of an index (in this thread or in a search thread). */
export function searchArrays(index: IndexArrays, query: ArraysQuery): ArraysAnswer {
  if (query.nothing)
    return { total: 0, docs: [], ...(query.facets ? { counts: new Uint32Array(0) } : {}), open: 0 };
  const { concepts } = query;
  const base = baseCondition(index, query);
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch(index.size)));

  // The services found and their scores (none without words: every service, in the directory's order).
  let listed: Int32Array;
  let scores: Float64Array | undefined;
  if (concepts.length) {
    ({ listed, scores } = ranked(index, query, base, scratch));
  } else {
    let n = 0;
    for (let d = 0; d < index.size; d++) if (!base || base(d)) scratch.listed[n++] = d;
    listed = scratch.listed.subarray(0, n);
  }
  return filtered(index, query, listed, scores, scratch);
}

/** The query's conditions other than words and filter groups, or undefined when it has none. */
function baseCondition(
  index: IndexArrays,
  query: ArraysQuery,
): ((doc: number) => boolean) | undefined {
  const tests: Array<(doc: number) => boolean> = [];
  if (query.terms) {
    const wanted = new Set(query.terms);
    const { termStart, termIds } = index;
    tests.push((d) => {
      for (let i = termStart[d]!; i < termStart[d + 1]!; i++)
        if (wanted.has(termIds[i]!)) return true;
      return false;
    });
  }
  if (query.organization !== undefined) {
    const id = query.organization;
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

/**
 * The weight of the concepts a service has, from their bits (concept i is bit i): their weights added in the query's
 * order, from a table when there are few concepts.
 */
function coverage(concepts: readonly IndexConcept[]): (bits: number) => number {
  const sum = (bits: number) => {
    let weight = 0;
    for (let i = 0; i < concepts.length; i++) if (bits & (1 << i)) weight += concepts[i]!.weight;
    return weight;
  };
  if (concepts.length > 10) return sum;
  const table = new Float64Array(1 << concepts.length);
  for (let bits = 0; bits < table.length; bits++) table[bits] = sum(bits);
  return (bits) => table[bits]!;
}

/** The one word whose postings are all a concept reads, or -1 when it reads more than one. */
function singleList(concept: IndexConcept): number {
  if (concept.widenedCount > 0 || concept.exact.length > 1) return -1;
  const word = concept.exact[0];
  const c = concept.completions;
  if (!c) return word ?? -1;
  if (c[1] - c[0] !== 1) return -1;
  return word === undefined || word === c[0] ? c[0] : -1;
}

/**
 * The largest share a concept's widened words give a service (`wv` in `rankFound`, before the concept's scale), over
 * every service: worked out the first time a search widens to these words (a need's), with the same single-precision
 * steps, then kept.
 */
function widenedMost(index: IndexArrays, scratch: Scratch, concept: IndexConcept): number {
  const key = `${concept.widenedCount} ${concept.widened.join(' ')}`;
  let most = scratch.widenedMost.get(key);
  if (most !== undefined) return most;
  most = 0;
  const { postingStart, postingDoc, postingFigure, figureShares, lengthNumber, lengthLogs } = index;
  const { w } = scratch;
  for (const word of concept.widened)
    for (let p = postingStart[word]!; p < postingStart[word + 1]!; p++) {
      const d = postingDoc[p]! & DOC;
      w[d] = w[d]! + figureShares[postingFigure[p]!]!;
    }
  for (const word of concept.widened)
    for (let p = postingStart[word]!; p < postingStart[word + 1]!; p++) {
      const d = postingDoc[p]! & DOC;
      const wv = w[d]!;
      if (wv === 0) continue;
      w[d] = 0;
      const v = perLength(wv, concept.widenedCount, lengthLogs[lengthNumber[d]!]!);
      if (v > most) most = v;
    }
  scratch.widenedMost.set(key, most);
  return most;
}

/**
 * The most a service that no typed word reaches (only words a need widens to) can rank, the phrase bonus included, or
 * 0 when the query widens to no word: each concept's widened share at its largest, times the concepts' share squared
 * at its largest (every concept widened).
 */
function widenedBound(index: IndexArrays, query: ArraysQuery, scratch: Scratch): number {
  let bound = 0;
  let weight = 0;
  for (const concept of query.concepts) {
    if (concept.widenedCount === 0 || !concept.widened.length) continue;
    bound += concept.scale * WIDENED * widenedMost(index, scratch, concept);
    weight += concept.weight;
  }
  const share = weight / query.wanted;
  // A margin for the order of the additions.
  return bound * share * share * (query.pairs.length ? 1 + PHRASE_BONUS : 1) * (1 + 1e-6);
}

/** Sets the bits of the services a typed word (or a word completing one) reaches; false when none does. */
function markTyped(index: IndexArrays, query: ArraysQuery, typed: Int32Array): boolean {
  const { postingStart, postingDoc } = index;
  let any = false;
  const mark = (word: number) => {
    const end = postingStart[word + 1]!;
    if (end > postingStart[word]!) any = true;
    for (let p = postingStart[word]!; p < end; p++) {
      const d = postingDoc[p]! & DOC;
      typed[d >>> 5]! |= 1 << (d & 31);
    }
  };
  for (const concept of query.concepts) {
    for (const word of concept.exact) mark(word);
    if (concept.completions)
      for (let word = concept.completions[0]; word < concept.completions[1]; word++) mark(word);
  }
  return any;
}

/** The services the words find that pass `base`, above the relevance floor, with their scores. */
function ranked(
  index: IndexArrays,
  query: ArraysQuery,
  base: ((doc: number) => boolean) | undefined,
  scratch: Scratch,
): { listed: Int32Array; scores: Float64Array } {
  const { concepts } = query;
  if (concepts.length > 32)
    throw new RangeError(`a search has at most 32 concepts (one a word), not ${concepts.length}`);
  // Most services a need's words reach have none of the words typed, and rank far below the floor: when the bound
  // of their rank is below the floor of the services the typed words reach, they are left out (the same answer,
  // without visiting them); otherwise the search is made again with them.
  const bound = widenedBound(index, query, scratch);
  if (bound > 0 && markTyped(index, query, scratch.typed)) {
    const { n, best } = rankFound(index, query, base, scratch, true);
    scratch.typed.fill(0);
    if (RELEVANCE_FLOOR * best > bound) return aboveFloor(index, query, scratch, n, best);
  }
  const { n, best } = rankFound(index, query, base, scratch, false);
  return aboveFloor(index, query, scratch, n, best);
}

/**
 * Ranks the services the words find that pass `base` (written to `scratch.docs`, in the index's order): how many,
 * and the best rank. With `typedOnly`, only services whose bit `scratch.typed` has.
 */
function rankFound(
  index: IndexArrays,
  query: ArraysQuery,
  base: ((doc: number) => boolean) | undefined,
  scratch: Scratch,
  typedOnly: boolean,
): { n: number; best: number } {
  const { concepts } = query;
  const { postingStart, postingDoc, postingFigure, figureShares, lengthNumber, lengthLogs } = index;
  const { mark, rank, covered, found, t, c, w, inAb, typed, near } = scratch;
  const first = scratch.begin(concepts.length);
  // Each concept's posting lists (its words typed, their completions, the words widened to), one after the other,
  // and where each is read up to: the services are worked out a block at a time (see SERVICE_BLOCK).
  const lists: number[] = [];
  const parts = concepts.map((concept) => {
    const single = singleList(concept);
    const from = lists.length;
    if (single >= 0) lists.push(single);
    else lists.push(...concept.exact);
    const completions = lists.length;
    if (single < 0 && concept.completions)
      for (let word = concept.completions[0]; word < concept.completions[1]; word++)
        lists.push(word);
    const widened = lists.length;
    if (single < 0 && concept.widenedCount > 0) lists.push(...concept.widened);
    return { single: single >= 0, from, completions, widened, to: lists.length };
  });
  const at = Uint32Array.from(lists, (word) => postingStart[word]!);
  let serial = 0;
  let count = 0;
  /** The end of the block of services being worked out. */
  let high = 0;
  // ts_rank: the sum of the words' figures (in the order of the query's words), divided by the number of words,
  // then by the log of the service's length, each step rounded to single precision as PostgreSQL does. Each concept
  // visits the services its own words have: a service without them gains nothing from it (its rank adds zero).
  /** Marks `d` reached by the current concept (and, if it is the first this search, its rank and concepts none). */
  const visit = (d: number) => {
    const m = mark[d]!;
    if (m === serial) return;
    if (m < first) {
      rank[d] = 0;
      covered[d] = 0;
    }
    mark[d] = serial;
    near[count++] = d;
  };
  // A word typed or completing one (list `list`), up to the block's end: the services it has are found.
  const sum = (into: Float32Array, list: number) => {
    const end = postingStart[lists[list]! + 1]!;
    let p = at[list]!;
    for (; p < end; p++) {
      const d = postingDoc[p]! & DOC;
      if (d >= high) break;
      visit(d);
      into[d] = into[d]! + figureShares[postingFigure[p]!]!;
      found[d >>> 5]! |= 1 << (d & 31);
    }
    at[list] = p;
  };
  // A word a need widens to: the services that have it in A or B are found.
  const sumWidened = (list: number) => {
    const end = postingStart[lists[list]! + 1]!;
    let p = at[list]!;
    for (; p < end; p++) {
      const posting = postingDoc[p]!;
      const d = posting & DOC;
      if (d >= high) break;
      if (typedOnly && (typed[d >>> 5]! & (1 << (d & 31))) === 0) continue;
      visit(d);
      w[d] = w[d]! + figureShares[postingFigure[p]!]!;
      if (posting & IN_AB) {
        found[d >>> 5]! |= 1 << (d & 31);
        inAb[d] = 1;
      }
    }
    at[list] = p;
  };
  const completed = PREFIX * query.completed;
  const weights = coverage(concepts);
  let n = 0;
  let best = -Infinity;
  const docs = scratch.docs;
  for (let low = 0; low < index.size; low += SERVICE_BLOCK) {
    high = Math.min(index.size, low + SERVICE_BLOCK);
    serial = first - 1;
    for (let k = 0; k < concepts.length; k++) {
      const concept = concepts[k]!;
      const part = parts[k]!;
      const bit = 1 << k;
      serial++;
      count = 0;
      if (part.single) {
        // A concept of one posting list (a word, or the one word that completes it) reaches each service once: its
        // share is worked out at once, with the same single-precision steps as the sums below, not summed first.
        const typing = concept.exact.length > 0;
        const completing = concept.completions !== undefined;
        const { scale, exactCount } = concept;
        const end = postingStart[lists[part.from]! + 1]!;
        let p = at[part.from]!;
        for (; p < end; p++) {
          const d = postingDoc[p]! & DOC;
          if (d >= high) break;
          if (mark[d]! < first) {
            rank[d] = 0;
            covered[d] = 0;
          }
          mark[d] = serial;
          found[d >>> 5]! |= 1 << (d & 31);
          const v = Math.fround(figureShares[postingFigure[p]!]!);
          if (v === 0) continue;
          const length = lengthLogs[lengthNumber[d]!]!;
          const tv = typing ? perLength(v, exactCount, length) : 0;
          const typed = completing ? Math.max(tv, completed * Math.fround(v / length)) : tv;
          rank[d] = rank[d]! + scale * typed;
          covered[d]! |= bit;
        }
        at[part.from] = p;
        continue;
      }
      for (let list = part.from; list < part.completions; list++) sum(t, list);
      for (let list = part.completions; list < part.widened; list++) sum(c, list);
      for (let list = part.widened; list < part.to; list++) sumWidened(list);
      const completing = concept.completions !== undefined;
      const widening = concept.widenedCount > 0;
      // Only the arrays this concept wrote are read (and put back to 0).
      for (let i = 0; i < count; i++) {
        const d = near[i]!;
        const length = lengthLogs[lengthNumber[d]!]!;
        let tv = t[d]!;
        if (tv !== 0) {
          tv = perLength(tv, concept.exactCount, length);
          t[d] = 0;
        }
        let typed = tv;
        let cv = 0;
        if (completing) {
          cv = c[d]!;
          if (cv !== 0) {
            cv = Math.fround(cv / length);
            c[d] = 0;
          }
          typed = Math.max(tv, completed * cv);
        }
        let wv = 0;
        let ab = false;
        if (widening) {
          wv = w[d]!;
          if (wv !== 0) {
            wv = perLength(wv, concept.widenedCount, length);
            w[d] = 0;
          }
          ab = inAb[d] === 1;
          inAb[d] = 0;
        }
        rank[d] = rank[d]! + concept.scale * (widening ? typed + WIDENED * wv : typed);
        if (tv > 0 || cv > 0 || (wv > 0 && ab)) covered[d]! |= bit;
      }
    }
    // The block's services found that pass the other conditions, in the order of the index (what is read of each
    // next, its name and its facets, is then read front to back): read off the bits, which are put back to 0.
    for (let i = low >>> 5; i < (high + 31) >>> 5; i++) {
      let bits = found[i]!;
      if (bits === 0) continue;
      found[i] = 0;
      const from = i << 5;
      while (bits !== 0) {
        const bit = bits & -bits;
        const d = from + 31 - Math.clz32(bit);
        bits ^= bit;
        if (base && !base(d)) continue;
        docs[n++] = d;
        const share = weights(covered[d]!) / query.wanted;
        const r = (rank[d] = rank[d]! * (share * share));
        if (r > best) best = r;
      }
    }
  }
  return { n, best };
}

/** The services of `scratch.docs` (`n`, best rank `best`) above the relevance floor, with the phrase bonus. */
function aboveFloor(
  index: IndexArrays,
  query: ArraysQuery,
  scratch: Scratch,
  n: number,
  best: number,
): { listed: Int32Array; scores: Float64Array } {
  const { rank } = scratch;
  const docs = scratch.docs;
  let floor = RELEVANCE_FLOOR * best;
  // The services that can reach the floor: every service found, or with pairs, those the bonus could lift to it.
  let reaching = docs;
  let reached = n;
  const { pairs, pairWords } = query;
  const { nameWords, nameWordStart } = index;
  // The bonus of a name holding the query's words side by side, for the services that could reach the floor.
  if (pairs.length) {
    const reach = (RELEVANCE_FLOOR / (1 + PHRASE_BONUS)) * best;
    let top = -Infinity;
    // Kept in `listed` (each is written over only once read), then their names' words are read.
    reaching = scratch.listed;
    reached = 0;
    for (let i = 0; i < n; i++) if (rank[docs[i]!]! >= reach) reaching[reached++] = docs[i]!;
    const { starts } = scratch;
    const { namePlain } = index;
    for (let i = 0; i < reached; i++) {
      if ((i & (BATCH - 1)) === 0)
        readAhead(scratch, reaching, i, reached, nameWordStart, nameWords, namePlain);
      const d = reaching[i]!;
      let matched = 0;
      const plain = namePlain[d] === 1;
      for (let k = 0; k < pairs.length; k++) {
        const numbers = pairWords[k];
        if (
          plain && numbers
            ? hasPairOf(
                nameWords,
                starts[(i & (BATCH - 1)) * 2]!,
                starts[(i & (BATCH - 1)) * 2 + 1]!,
                numbers,
              )
            : hasPair(index.names, index.nameStart[d]!, index.nameStart[d + 1]!, pairs[k]!, plain)
        )
          matched++;
      }
      rank[d] = rank[d]! * (1 + (PHRASE_BONUS * matched) / pairs.length);
      if (rank[d]! > top) top = rank[d]!;
    }
    floor = RELEVANCE_FLOOR * top;
  }
  let kept = 0;
  for (let i = 0; i < reached; i++) {
    const d = reaching[i]!;
    if (rank[d]! >= floor) {
      scratch.listed[kept] = d;
      scratch.scores[kept++] = rank[d]!;
    }
  }
  return { listed: scratch.listed.subarray(0, kept), scores: scratch.scores.subarray(0, kept) };
}

/**
 * Which services are open at these minutes of their time zones: worked out for every service once for each minute
 * asked (the minutes come as one array a minute), then read for each service a search finds.
 */
function openFlags(index: IndexArrays, scratch: Scratch, clock: Clock): Uint8Array {
  if (scratch.open?.minute === clock.minute) return scratch.open.flags;
  const { minutes } = clock;
  const flags = scratch.open?.flags ?? new Uint8Array(index.size);
  const { zone, openStart, openRanges } = index;
  for (let d = 0; d < index.size; d++) {
    let open = 0;
    const z = zone[d]!;
    if (z >= 0) {
      const minute = minutes[z]!;
      for (let i = openStart[d]!; i < openStart[d + 1]!; i += 2)
        if (openRanges[i]! <= minute && minute < openRanges[i + 1]!) {
          open = 1;
          break;
        }
    }
    flags[d] = open;
  }
  scratch.open = { minute: clock.minute, flags };
  return flags;
}

/** The filter groups, the total, the page in order and the facets of the services listed. */
function filtered(
  index: IndexArrays,
  query: ArraysQuery,
  listed: Int32Array,
  scores: Float64Array | undefined,
  scratch: Scratch,
): ArraysAnswer {
  // Each key's group, and the groups whose chosen options it is one of.
  const group = index.facetGroups;
  const { chosen, constrained } = query;
  const opened = query.clock && openFlags(index, scratch, query.clock);
  const { facetStart, facetIds } = index;
  const counts = query.facets ? new Uint32Array(group.length) : undefined;
  let openCount = 0;
  const { passing } = scratch;
  let passed = 0;
  const starts = scratch.starts;
  for (let i = 0; i < listed.length; i++) {
    if ((i & (BATCH - 1)) === 0) readAhead(scratch, listed, i, listed.length, facetStart, facetIds);
    const d = listed[i]!;
    const from = starts[(i & (BATCH - 1)) * 2]!;
    const to = starts[(i & (BATCH - 1)) * 2 + 1]!;
    let have = 0;
    if (constrained !== 0) for (let f = from; f < to; f++) have |= chosen[facetIds[f]!]!;
    const open = opened !== undefined && opened[d] === 1;
    if (open) have |= 1 << OPEN;
    const fails = constrained & ~have;
    if (fails === 0) {
      passing[passed++] = i;
      if (counts) {
        for (let f = from; f < to; f++) counts[facetIds[f]!]!++;
        if (open) openCount++;
      }
    } else if (counts && (fails & (fails - 1)) === 0) {
      // Missed by one group only: counts its options in that group.
      const missed = 31 - Math.clz32(fails);
      for (let f = from; f < to; f++) if (group[facetIds[f]!] === missed) counts[facetIds[f]!]!++;
    }
  }
  const kept = passing.subarray(0, passed);
  const order = ordering(index, query, listed, scores);
  const page = top(kept, order, query.offset + query.limit).slice(query.offset);
  return {
    total: kept.length,
    docs: page.map((i) => listed[i]!),
    ...(counts ? { counts } : {}),
    open: openCount,
  };
}

/** "a comes before b", for entries of `listed`. */
function ordering(
  index: IndexArrays,
  query: ArraysQuery,
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
