/**
 * Search over resources. Engines sit behind one asynchronous interface ({@link SearchEngine}): the same index runs
 * in this thread ({@link WordIndexEngine}) or in a Web Worker (`worker-engine.ts`), and can be replaced.
 *
 * The built-in engine indexes the folded words of each resource's fields with a weight per field
 * (name > categories, tags > organization > description). For each query word it finds the vocabulary words
 * that match it (exactly, as a prefix while typing, or fuzzily: fuse.js's Bitap scorer over the words that share
 * enough letter pairs with it), then scores each
 * resource by the best-weighted match of every query word. Resources that match more of the query's words come
 * first. Everything is case- and diacritic-insensitive.
 */
import { categoryNames, taxonomyIndex, type TaxonomyTerm } from '../feed/taxonomy.js';
import Fuse from 'fuse.js/basic';
import type { Resource } from '../feed/schema.js';
import { fold, tokenize } from '../text/fold.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';

/** One search result. */
export interface SearchHit {
  /** The resource. */
  resource: Resource;
  /** Relevance, higher is better; 0 when browsing with an empty query. */
  score: number;
  /** Folded words of the resource that matched the query, for highlighting. */
  terms: string[];
  /** Position of the resource in the list the engine indexed, when the engine knows it. */
  index?: number;
}

/** A search engine over a fixed set of resources. */
export interface SearchEngine {
  /** Number of resources indexed. */
  readonly size: number;
  /** Resources matching `query`, best first; an empty query returns every resource in feed order. */
  search(query: string): Promise<SearchHit[]>;
  /** Resolves when the index is ready, for engines that build it in the background. */
  readonly ready?: Promise<void>;
  /** Releases what the engine holds (a worker); it answers no more queries. */
  dispose?(): void;
}

/** Field weights: how much a match in each field counts. */
export const FIELD_WEIGHTS = {
  name: 1,
  categories: 0.75,
  tags: 0.75,
  audiences: 0.6,
  organization: 0.5,
  place: 0.45,
  description: 0.3,
} as const;

type Field = keyof typeof FIELD_WEIGHTS;

/** The text of each searchable field of a resource, translations included. */
export function searchableFields(
  r: Resource,
  taxonomy?: readonly TaxonomyTerm[],
): Record<Field, string[]> {
  const translations = Object.values(r.translations ?? {});
  const terms = taxonomy && taxonomyIndex(taxonomy);
  return {
    name: [r.name, ...translations.map((t) => t.name ?? '')],
    categories: (r.categories ?? []).flatMap((c) =>
      c.split(CATEGORY_SEPARATOR).flatMap((level) => categoryNames(level, terms)),
    ),
    tags: r.tags ?? [],
    audiences: r.eligibility?.audiences ?? [],
    organization: r.organization ? [r.organization] : [],
    place: [r.address?.locality ?? '', r.address?.postalCode ?? '', r.serviceArea ?? ''],
    description: [
      r.description ?? '',
      r.eligibility?.text ?? '',
      ...translations.map((t) => t.description ?? ''),
    ],
  };
}

/** Small words that carry no meaning on their own in the UI's main languages; ignored unless alone. */
const STOP_WORDS = new Set(
  'a an and the of for to in on with at or by de la le les des du d l et pour en au aux un une di da il lo gli e per con del della dei y el los las para con por'.split(
    ' ',
  ),
);

/** Words of a query that count; a pasted paragraph is cut to its first words. */
const MAX_QUERY_WORDS = 32;

/** Query words (folded, at most {@link MAX_QUERY_WORDS}), without stop words unless the query has nothing else. */
export function queryTokens(query: string): string[] {
  const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : words;
}

/** The searchable text of one resource: its name (for ordering ties) and one string per field, in {@link FIELDS} order. */
export interface SearchDocument {
  name: string;
  fields: string[];
}

/** Searchable fields, in the order of {@link SearchDocument.fields}. */
export const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** The searchable text of a resource, as the index (in this thread or in a worker) reads it. */
export function searchDocument(r: Resource, taxonomy?: readonly TaxonomyTerm[]): SearchDocument {
  const fields = searchableFields(r, taxonomy);
  return { name: r.name, fields: FIELDS.map((f) => fields[f].join(' ')) };
}

// Documents travel to a worker as one string (one copy, no structured cloning of 100,000 objects).
/** What joins encoded documents. */
export const DOCUMENT_SEPARATOR = '\u0000';
const FIELD_SEPARATOR = '\u0001';

/** One document as text for {@link decodeDocuments}. */
export function encodeDocument(d: SearchDocument): string {
  return [d.name, ...d.fields]
    .map((t) => t.replaceAll(DOCUMENT_SEPARATOR, ' ').replaceAll(FIELD_SEPARATOR, ' '))
    .join(FIELD_SEPARATOR);
}

/** Documents from encoded ones joined by {@link DOCUMENT_SEPARATOR}. */
export function decodeDocuments(text: string): SearchDocument[] {
  if (!text) return [];
  return text.split(DOCUMENT_SEPARATOR).map((doc) => {
    const [name = '', ...fields] = doc.split(FIELD_SEPARATOR);
    return { name, fields };
  });
}

/** The folded words of `resource` that are in `matched`: what a hit highlights. */
export function matchedTerms(resource: Resource, matched: ReadonlySet<string>): string[] {
  if (matched.size === 0) return [];
  const out = new Set<string>();
  for (const text of searchDocument(resource).fields)
    for (const word of tokenize(text)) if (matched.has(word)) out.add(word);
  return [...out];
}

/** Ranked matches of a query, as plain data (what a worker sends back). */
export interface Ranking {
  /** Indexes of the matching documents, best first. */
  ids: Uint32Array;
  /** Score of each of `ids`, in the same order. */
  scores: Float64Array;
  /** Every vocabulary word that matched a query word. */
  words: string[];
}

/** Similarity of a query word to a vocabulary word, in (0, 1]. */
type WordMatches = Array<[word: string, similarity: number]>;

/** Options of the built-in engine. */
export interface SearchOptions {
  /** Fuse.js threshold for a word to match a mistyped query word (0 exact .. 1 anything). Default 0.34. */
  threshold?: number;
  /** Query words shorter than this match only exactly or as a prefix. Default 4. */
  minFuzzyLength?: number;
  /**
   * From this many resources up, {@link createSearchEngine} indexes and searches in a Web Worker so that typing
   * never waits on search. Default {@link DEFAULT_WORKER_THRESHOLD}; `Infinity` never uses one.
   */
  workerThreshold?: number;
  /** The feed's taxonomy: categories given by id are found by their names in every language. */
  taxonomy?: readonly TaxonomyTerm[];
}

/**
 * From here up, a directory is indexed and searched in a worker. Typing alone would allow far more in the page (a
 * keystroke costs 2.5 ms at p95 with 10,000 resources), but building the index is one task, and real records cost
 * far more than generated ones: `npm run bench` measures about 0.1 ms a record on the San Mateo directory's text
 * (1,689 services: one task of about 140 ms with its first render), against 0.016 ms for generated records. 500 real
 * records keep that task near 50 ms.
 */
export const DEFAULT_WORKER_THRESHOLD = 500;

/** Query words shorter than this match only whole words, not as a prefix. */
const MIN_PREFIX_LENGTH = 2;

/** Room for name ranks in a sort key (2^21 documents); scores in millionths take the bits above. */
const RANK_SPAN = 2 ** 21;

/** The distinct letter pairs of a word. */
function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}

/** Recent rankings kept: a visitor who deletes a letter gets the previous answer at once. */
const CACHED_QUERIES = 16;

/**
 * The index itself, over plain {@link SearchDocument}s so that it can run in a worker: an inverted index of
 * folded words with the best field weight per document, a sorted vocabulary for prefixes, and fuse.js (Bitap)
 * over the vocabulary for mistyped words. Each query only visits the postings of the words it matches.
 */
export class WordIndex {
  readonly size: number;
  private readonly postings = new Map<string, { docs: Uint32Array; weights: Float32Array }>();
  /** Every folded word of the documents, sorted. */
  readonly vocabulary: readonly string[];
  private readonly threshold: number;
  /** Vocabulary words by the letter pairs (bigrams) they contain. */
  private readonly grams = new Map<string, Uint32Array>();
  /** Scratch: letter pairs each vocabulary word shares with the query word. */
  private readonly shared: Uint16Array;
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly rankings = new Map<string, Ranking>();
  private readonly minFuzzyLength: number;
  /** Each document's position in the order of folded names: the tie-break between equal scores. */
  private readonly nameRank: Uint32Array;
  /** The documents in name order (the inverse of `nameRank`). */
  private readonly byName: Uint32Array;
  // Scratch space reused by every query, with generation stamps instead of clearing.
  private readonly best: Float64Array;
  private readonly total: Float64Array;
  private readonly covered: Uint8Array;
  private readonly tokenStamp: Uint32Array;
  private readonly queryStamp: Uint32Array;
  private generation = 0;

  constructor(documents: readonly SearchDocument[], options: SearchOptions = {}) {
    const n = (this.size = documents.length);
    this.minFuzzyLength = options.minFuzzyLength ?? 4;
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    const best = new Map<string, number>();
    const weights = FIELDS.map((f) => FIELD_WEIGHTS[f]);
    documents.forEach((document, doc) => {
      best.clear();
      document.fields.forEach((text, f) => {
        const weight = weights[f]!;
        for (const word of tokenize(text))
          if ((best.get(word) ?? 0) < weight) best.set(word, weight);
      });
      for (const [word, weight] of best) {
        let posting = building.get(word);
        if (!posting) building.set(word, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push(weight);
      }
    });
    for (const [word, p] of building)
      this.postings.set(word, {
        docs: Uint32Array.from(p.docs),
        weights: Float32Array.from(p.weights),
      });
    this.vocabulary = [...building.keys()].sort();
    this.threshold = options.threshold ?? 0.34;
    const grams = new Map<string, number[]>();
    this.vocabulary.forEach((word, id) => {
      for (const gram of bigrams(word)) {
        const list = grams.get(gram);
        if (list) list.push(id);
        else grams.set(gram, [id]);
      }
    });
    for (const [gram, ids] of grams) this.grams.set(gram, Uint32Array.from(ids));
    this.shared = new Uint16Array(this.vocabulary.length);
    const names = documents.map((d) => fold(d.name));
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b,
    );
    if (n > RANK_SPAN) throw new RangeError(`at most ${RANK_SPAN} documents can be indexed`);
    this.byName = Uint32Array.from(order);
    this.nameRank = new Uint32Array(n);
    order.forEach((doc, rank) => (this.nameRank[doc] = rank));
    this.best = new Float64Array(n);
    this.total = new Float64Array(n);
    this.covered = new Uint8Array(n);
    this.tokenStamp = new Uint32Array(n);
    this.queryStamp = new Uint32Array(n);
  }

  /** Vocabulary words matching one query word, with their similarity. Cached: typing repeats words. */
  matchWord(token: string): WordMatches {
    const cached = this.wordCache.get(token);
    if (cached) return cached;
    const found = new Map<string, number>();
    // Exact and prefix matches, from the sorted vocabulary. A single letter is too short to be a prefix: it would
    // reach most of a large directory and tell nothing.
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    if (token.length < MIN_PREFIX_LENGTH) {
      if (this.vocabulary[lo] === token) found.set(token, 1);
    } else {
      for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(token); i++) {
        const word = this.vocabulary[i]!;
        found.set(word, word === token ? 1 : 0.8 + 0.15 * (token.length / word.length));
      }
    }
    if (token.length >= this.minFuzzyLength) {
      const fuse = new Fuse(this.fuzzyCandidates(token), {
        includeScore: true,
        threshold: this.threshold,
        location: 0,
        distance: 8,
        ignoreFieldNorm: true,
        isCaseSensitive: true, // words are folded already
      });
      for (const { item, score = 1 } of fuse.search(token)) {
        if (!found.has(item)) found.set(item, 0.75 * (1 - score));
      }
    }
    const matches = [...found];
    if (this.wordCache.size > 500) this.wordCache.clear();
    this.wordCache.set(token, matches);
    return matches;
  }

  /**
   * The vocabulary words fuse.js could match to `token`, found without scoring them all: a match has at most
   * `threshold × length` errors, each error breaks at most two of the token's letter pairs, so a matching word
   * shares all the others. Only those words are scored by fuse.js, which gives the same matches as scoring the
   * whole vocabulary.
   */
  private fuzzyCandidates(token: string): string[] {
    const pairs = bigrams(token);
    const need = Math.max(1, pairs.size - 2 * Math.floor(this.threshold * token.length));
    const { shared } = this;
    const touched: number[] = [];
    const out: string[] = [];
    for (const gram of pairs) {
      const ids = this.grams.get(gram);
      if (!ids) continue;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (shared[id] === 0) touched.push(id);
        shared[id] = shared[id]! + 1;
      }
    }
    for (const id of touched) {
      if (shared[id]! >= need) out.push(this.vocabulary[id]!);
      shared[id] = 0;
    }
    return out;
  }

  /**
   * Documents matching `query`, best first. Each document scores the best-weighted match of every query word;
   * documents matching more of the query's words come first; equal scores keep name order.
   * The returned arrays are shared with the cache: copy them before transferring them.
   */
  rank(query: string): Ranking {
    const tokens = queryTokens(query);
    const key = tokens.join(' ');
    const cached = this.rankings.get(key);
    if (cached) {
      this.rankings.delete(key);
      this.rankings.set(key, cached); // most recent last
      return cached;
    }
    const ranking = tokens.length ? this.compute(tokens) : this.browse();
    if (this.rankings.size >= CACHED_QUERIES)
      this.rankings.delete(this.rankings.keys().next().value!);
    this.rankings.set(key, ranking);
    return ranking;
  }

  private browse(): Ranking {
    return {
      ids: Uint32Array.from({ length: this.size }, (_, i) => i),
      scores: new Float64Array(this.size),
      words: [],
    };
  }

  private compute(tokens: string[]): Ranking {
    const { best, total, covered, tokenStamp, queryStamp } = this;
    const queryGen = ++this.generation;
    const reached: number[] = [];
    const words = new Set<string>();
    for (const token of tokens) {
      const tokenGen = ++this.generation;
      const touched: number[] = [];
      for (const [word, similarity] of this.matchWord(token)) {
        words.add(word);
        const { docs, weights } = this.postings.get(word)!;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const score = similarity * weights[i]!;
          if (tokenStamp[doc] !== tokenGen) {
            tokenStamp[doc] = tokenGen;
            best[doc] = score;
            touched.push(doc);
          } else if (score > best[doc]!) best[doc] = score;
        }
      }
      for (const doc of touched) {
        if (queryStamp[doc] !== queryGen) {
          queryStamp[doc] = queryGen;
          total[doc] = 0;
          covered[doc] = 0;
          reached.push(doc);
        }
        total[doc] = total[doc]! + best[doc]!;
        covered[doc] = covered[doc]! + 1;
      }
    }
    let maxCovered = 0;
    for (const doc of reached) if (covered[doc]! > maxCovered) maxCovered = covered[doc]!;
    // All the query's words must match; with three words or more, one may be missing.
    const minCovered = tokens.length >= 3 ? Math.max(1, maxCovered - 1) : maxCovered;
    // Sort without a comparator: each kept document gets one number, its score in millionths above its place in
    // name order, and typed arrays sort numbers natively. Name order is unique, so it also says which document.
    const keys = new Float64Array(reached.length);
    let count = 0;
    for (const doc of reached) {
      if (covered[doc]! < minCovered) continue;
      const score = Math.round((covered[doc]! * 10 + total[doc]!) * 1e6);
      keys[count++] = score * RANK_SPAN + (RANK_SPAN - 1 - this.nameRank[doc]!);
    }
    const sorted = keys.subarray(0, count).sort().reverse();
    const ids = new Uint32Array(count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const key = sorted[i]!;
      const score = Math.floor(key / RANK_SPAN);
      ids[i] = this.byName[RANK_SPAN - 1 - (key - score * RANK_SPAN)]!;
      scores[i] = score / 1e6;
    }
    return {
      ids,
      scores,
      words: [...words],
    };
  }
}

/** A search hit whose highlighted words are worked out only when read (most hits are never rendered). */
class Hit implements SearchHit {
  #terms?: string[];
  constructor(
    readonly resource: Resource,
    readonly score: number,
    private readonly matched: ReadonlySet<string>,
    readonly index: number,
  ) {}

  get terms(): string[] {
    return (this.#terms ??= matchedTerms(this.resource, this.matched));
  }
}

/** Every resource in feed order, unscored: what an empty query shows. */
export function browseHits(resources: readonly Resource[]): SearchHit[] {
  return resources.map((resource, index) => ({ resource, score: 0, terms: [], index }));
}

/** Turns a ranking of document indexes into hits over `resources`. */
export function hitsOf(resources: readonly Resource[], ranking: Ranking): SearchHit[] {
  const matched = new Set(ranking.words);
  const hits = new Array<SearchHit>(ranking.ids.length);
  for (let i = 0; i < hits.length; i++)
    hits[i] = new Hit(resources[ranking.ids[i]!]!, ranking.scores[i]!, matched, ranking.ids[i]!);
  return hits;
}

/** The built-in engine in this thread: a {@link WordIndex} over the resources. */
export class WordIndexEngine implements SearchEngine {
  readonly size: number;
  private readonly resources: readonly Resource[];
  private readonly index: WordIndex;
  private browseAll?: SearchHit[];

  constructor(resources: readonly Resource[], options: SearchOptions = {}) {
    this.resources = resources;
    this.size = resources.length;
    this.index = new WordIndex(
      resources.map((r) => searchDocument(r, options.taxonomy)),
      options,
    );
  }

  search(query: string): Promise<SearchHit[]> {
    return Promise.resolve(this.searchSync(query));
  }

  /** The same as {@link search}, synchronously. */
  searchSync(query: string): SearchHit[] {
    if (queryTokens(query).length === 0) return (this.browseAll ??= browseHits(this.resources));
    return hitsOf(this.resources, this.index.rank(query));
  }
}
