/**
 * Search over resources. The engine sits behind one asynchronous interface ({@link SearchEngine}) so that it can
 * move into a Web Worker, or be replaced, without changing its callers.
 *
 * The built-in engine indexes the folded words of each resource's fields with a weight per field
 * (name > categories, tags > organization > description). For each query word it finds the vocabulary words
 * that match it (exactly, as a prefix while typing, or fuzzily through fuse.js's Bitap scorer), then scores each
 * resource by the best-weighted match of every query word. Resources that match more of the query's words come
 * first. Everything is case- and diacritic-insensitive.
 */
import Fuse from 'fuse.js/basic';
import type { Resource } from './schema.js';
import { tokenize } from './text.js';

/** One search result. */
export interface SearchHit {
  /** The resource. */
  resource: Resource;
  /** Relevance, higher is better; 0 when browsing with an empty query. */
  score: number;
  /** Folded words of the resource that matched the query, for highlighting. */
  terms: string[];
}

/** A search engine over a fixed set of resources. */
export interface SearchEngine {
  /** Number of resources indexed. */
  readonly size: number;
  /** Resources matching `query`, best first; an empty query returns every resource in feed order. */
  search(query: string): Promise<SearchHit[]>;
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
export function searchableFields(r: Resource): Record<Field, string[]> {
  const translations = Object.values(r.translations ?? {});
  return {
    name: [r.name, ...translations.map((t) => t.name ?? '')],
    categories: (r.categories ?? []).flatMap((c) => c.split('>')),
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

/** Query words (folded), without stop words unless the query has nothing else. */
export function queryTokens(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : words;
}

interface Posting {
  docs: number[];
  weights: number[];
}

/** Similarity of a query word to a vocabulary word, in (0, 1]. */
type WordMatches = Array<[word: string, similarity: number]>;

/** Options of the built-in engine. */
export interface SearchOptions {
  /** Fuse.js threshold for a word to match a mistyped query word (0 exact .. 1 anything). Default 0.34. */
  threshold?: number;
  /** Query words shorter than this match only exactly or as a prefix. Default 4. */
  minFuzzyLength?: number;
}

/** The built-in engine: an inverted index of folded words, fuse.js to match mistyped words. */
export class WordIndexEngine implements SearchEngine {
  readonly size: number;
  private readonly resources: readonly Resource[];
  private readonly postings = new Map<string, Posting>();
  private readonly vocabulary: string[];
  private readonly fuse: Fuse<string>;
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly minFuzzyLength: number;

  constructor(resources: readonly Resource[], options: SearchOptions = {}) {
    this.resources = resources;
    this.size = resources.length;
    this.minFuzzyLength = options.minFuzzyLength ?? 4;
    resources.forEach((resource, doc) => {
      const best = new Map<string, number>();
      const fields = searchableFields(resource);
      for (const field of Object.keys(fields) as Field[]) {
        const weight = FIELD_WEIGHTS[field];
        for (const value of fields[field]) {
          for (const word of tokenize(value)) {
            if ((best.get(word) ?? 0) < weight) best.set(word, weight);
          }
        }
      }
      for (const [word, weight] of best) {
        let posting = this.postings.get(word);
        if (!posting) this.postings.set(word, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push(weight);
      }
    });
    this.vocabulary = [...this.postings.keys()].sort();
    this.fuse = new Fuse(this.vocabulary, {
      includeScore: true,
      threshold: options.threshold ?? 0.34,
      location: 0,
      distance: 8,
      ignoreFieldNorm: true,
      isCaseSensitive: true, // words are folded already
    });
  }

  /** Vocabulary words matching one query word, with their similarity. Cached: typing repeats words. */
  matchWord(token: string): WordMatches {
    const cached = this.wordCache.get(token);
    if (cached) return cached;
    const found = new Map<string, number>();
    // Exact and prefix matches, from the sorted vocabulary.
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(token); i++) {
      const word = this.vocabulary[i]!;
      found.set(word, word === token ? 1 : 0.8 + 0.15 * (token.length / word.length));
    }
    if (token.length >= this.minFuzzyLength) {
      for (const { item, score = 1 } of this.fuse.search(token)) {
        if (!found.has(item)) found.set(item, 0.75 * (1 - score));
      }
    }
    const matches = [...found];
    if (this.wordCache.size > 500) this.wordCache.clear();
    this.wordCache.set(token, matches);
    return matches;
  }

  search(query: string): Promise<SearchHit[]> {
    return Promise.resolve(this.searchSync(query));
  }

  /** The same as {@link search}, synchronously. */
  searchSync(query: string): SearchHit[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0)
      return this.resources.map((resource) => ({ resource, score: 0, terms: [] }));
    const total = new Float64Array(this.size);
    const covered = new Uint8Array(this.size);
    const terms = new Map<number, Set<string>>();
    const best = new Float64Array(this.size);
    for (const token of tokens) {
      best.fill(0);
      const touched: number[] = [];
      for (const [word, similarity] of this.matchWord(token)) {
        const posting = this.postings.get(word)!;
        for (let i = 0; i < posting.docs.length; i++) {
          const doc = posting.docs[i]!;
          const score = similarity * posting.weights[i]!;
          if (best[doc] === 0) touched.push(doc);
          if (score > best[doc]!) best[doc] = score;
          let set = terms.get(doc);
          if (!set) terms.set(doc, (set = new Set()));
          set.add(word);
        }
      }
      for (const doc of touched) {
        total[doc]! += best[doc]!;
        covered[doc]! += 1;
      }
    }
    let maxCovered = 0;
    for (const doc of terms.keys()) maxCovered = Math.max(maxCovered, covered[doc]!);
    // All the query's words must match; with three words or more, one may be missing.
    const minCovered = tokens.length >= 3 ? Math.max(1, maxCovered - 1) : maxCovered;
    const hits: SearchHit[] = [];
    for (const [doc, words] of terms) {
      if (covered[doc]! < minCovered) continue;
      hits.push({
        resource: this.resources[doc]!,
        score: covered[doc]! * 10 + total[doc]!,
        terms: [...words],
      });
    }
    return hits.sort((a, b) => b.score - a.score || a.resource.name.localeCompare(b.resource.name));
  }
}

/** Builds the default search engine over `resources`. */
export function createSearchEngine(
  resources: readonly Resource[],
  options?: SearchOptions,
): SearchEngine {
  return new WordIndexEngine(resources, options);
}
