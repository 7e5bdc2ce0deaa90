/**
 * Search over resources. Engines sit behind one asynchronous interface ({@link SearchEngine}): the same index runs
 * in this thread ({@link WordIndexEngine}) or in a Web Worker (`worker-engine.ts`), and can be replaced.
 *
 * The built-in engine ranks with the well-understood parts of BM25F (see {@link WordIndex}): field weights
 * (name > categories, tags > organization > description) and lengths, rarer words counting more, every query word
 * optional with a strong bonus for covering them, close matches (plurals, the word being typed, one or two edits on
 * longer words) counting less than the word itself, and names holding the query's words side by side first.
 * Everything is case- and diacritic-insensitive.
 */
import { categoryNames, taxonomyIndex, type TaxonomyTerm } from '../feed/taxonomy.js';
import { needsIndex, saidNeeds, type FeedNeeds, type NeedsIndex } from './needs.js';
import {
  allowedEdits,
  editDistance,
  FILLER_WEIGHT,
  FILLER_WORDS,
  STOP_WORDS,
  variants,
} from './words.js';
import type { Resource } from '../feed/schema.js';
import { fold, tokenize } from '../text/fold.js';
import { CATEGORY_SEPARATOR } from '../text/patterns.js';
import { browseHits } from '../view/view.js';

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
  /**
   * The query with each word the directory does not have replaced by the closest one it has ("food bnak" → "food
   * bank"), or undefined when nothing is closer: what "Did you mean" offers when nothing matches.
   */
  correct?(query: string): Promise<string | undefined>;
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
      terms
        ? c.split(CATEGORY_SEPARATOR).flatMap((level) => categoryNames(level, terms))
        : c.split(CATEGORY_SEPARATOR),
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
  /**
   * @deprecated Ignored since mistyped words are matched by edit distance (one edit from 4 letters, two from 8), not by
   * fuse.js's Bitap threshold, which matched parts of longer words ("rent" in "centre").
   */
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
  /** The feed's own words for needs, added to the shipped vocabulary (`data/needs.json`). */
  needs?: FeedNeeds;
}

/** What a feed adds to search: its taxonomy's names and its own words for needs. */
export type SearchVocabulary = Pick<SearchOptions, 'taxonomy' | 'needs'>;

/** The search vocabulary of a feed's metadata. */
export function searchVocabulary(meta: {
  taxonomy?: readonly TaxonomyTerm[];
  needs?: FeedNeeds;
}): SearchVocabulary {
  return {
    ...(meta.taxonomy ? { taxonomy: meta.taxonomy } : {}),
    ...(meta.needs ? { needs: meta.needs } : {}),
  };
}

export { DEFAULT_WORKER_THRESHOLD } from './threshold.js';
export { browseHits };

/** Query words shorter than this match only whole words, not as a prefix. */
const MIN_PREFIX_LENGTH = 2;

/** Room for name ranks in a sort key (2^21 documents); scores in millionths take the bits above. */
const RANK_SPAN = 2 ** 21;

/** BM25's saturation of repeated words, and how much a field's length weighs against its words. */
const K1 = 1.2;
const B = 0.75;
/** Documents read up front to learn each field's usual length. */
const LENGTH_SAMPLE = 500;

/** How much each kind of match counts, against 1 for the word itself. A fuzzy match never beats an exact one. */
const SIMILARITY = {
  /** A plural or other light variant ("shelters" for "shelter"). */
  variant: 0.9,
  /** The word being typed, completed ("shelt" → "shelter"): more the more of it is typed. */
  prefix: 0.85,
  /** One edit away ("emergancy"), two edits away (long words only). */
  oneEdit: 0.6,
  twoEdits: 0.4,
  /** A directory's word for a need the query says ("shelter" for "somewhere to sleep"). */
  widened: 0.5,
  /** A near miss of a word the directory has, against one of a word it does not have. */
  knownWord: 0.3,
} as const;

/** Results kept: those scoring at least this share of the best one (the rest match too little of the query). */
const RELEVANCE_FLOOR = 0.12;
/** Extra weight of a result whose name or organization holds query words side by side, in the order typed. */
const PHRASE_BONUS = 1;
/** Extra weight of a result whose name or organization holds every part of the query. */
const NAME_BONUS = 0.5;
/** A query part's best matches looked for in names. */
const NAMED_MATCHES = 5;
/** Documents whose names are read for those bonuses: about as many as could end up first. */
const BONUS_CANDIDATES = 200;

/** How many words a text has, counted without building them (for field lengths). */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (const char of text) {
    const letter = /[\p{L}\p{N}]/u.test(char);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

/** The distinct letter pairs of a word. */
function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}

/** Recent rankings kept: a visitor who deletes a letter gets the previous answer at once. */
const CACHED_QUERIES = 16;

/** One word of a query, or a need it says: what it matches, and how much it counts. */
interface Concept {
  /** Vocabulary words it matches, with their similarity. */
  matches: WordMatches;
  /** 1 for a word that says what is needed, less for filler, more for a need. */
  weight: number;
  /**
   * A need's widening: the directory's words for what answers it. In a document, each more of them adds to the best
   * one, at half; they add to what was typed.
   */
  widened?: WordMatches;
}

/** How much a need said in the query counts, against 1 for a word. */
const NEED_WEIGHT = 1.5;
/** How much a danger said in the query counts ("i want to end my life"): crisis lines first. */
const CRISIS_WEIGHT = 4;

/**
 * The index itself, over plain {@link SearchDocument}s so that it can run in a worker: an inverted index of folded
 * words holding each document's weighted, length-normalized frequency of the word (BM25F), a sorted vocabulary for
 * prefixes, and letter pairs to find mistyped words. Each query only visits the postings of the words it matches.
 *
 * Ranking: each query word adds the best of its matches in a document, as BM25 scores it (rarer words count more,
 * a word repeated counts less each time, a match in a short name more than in a long description), times how close
 * the match is (exact, a plural, the word being typed, one or two edits). Every word is optional, but a document's
 * score is multiplied by the square of the share of the query it covers, and a name or organization holding the
 * query's words side by side gets a bonus. Results scoring less than {@link RELEVANCE_FLOOR} of the best are left
 * out; equal scores keep name order.
 */
/** The ranking's weights, for other implementations of the same model (the directory server's SQL). */
export const RANKING_WEIGHTS = {
  need: NEED_WEIGHT,
  crisis: CRISIS_WEIGHT,
  filler: FILLER_WEIGHT,
  widened: SIMILARITY.widened,
  prefix: SIMILARITY.prefix,
  relevanceFloor: RELEVANCE_FLOOR,
  phraseBonus: PHRASE_BONUS,
} as const;

export class WordIndex {
  readonly size: number;
  private readonly postings = new Map<string, { docs: Uint32Array; weights: Float32Array }>();
  /** Every folded word of the documents, sorted. */
  readonly vocabulary: readonly string[];
  /** Vocabulary words by the letter pairs (bigrams) they contain. */
  private readonly grams = new Map<string, Uint32Array>();
  /** Scratch: letter pairs each vocabulary word shares with the query word. */
  private readonly shared: Uint16Array;
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly rankings = new Map<string, Ranking>();
  private readonly minFuzzyLength: number;
  private readonly needs: NeedsIndex;
  /** Each need's widening, as matches in this directory. */
  private readonly widenings = new Map<string, WordMatches>();
  /** Each document's position in the order of folded names: the tie-break between equal scores. */
  private readonly nameRank: Uint32Array;
  /** The documents in name order (the inverse of `nameRank`). */
  private readonly byName: Uint32Array;
  /** Each document's name and organization as indexed, for phrases (their words are worked out when asked). */
  private readonly names: string[];
  private readonly organizations: string[];
  private readonly titles = new Map<number, string>();
  // Scratch space reused by every query, with generation stamps instead of clearing.
  private readonly best: Float64Array;
  private readonly sum: Float64Array;
  private readonly widenedBest: Float64Array;
  private readonly total: Float64Array;
  private readonly covered: Float64Array;
  private readonly tokenStamp: Uint32Array;
  private readonly queryStamp: Uint32Array;
  private generation = 0;

  constructor(documents: readonly SearchDocument[], options: SearchOptions = {}) {
    const n = (this.size = documents.length);
    this.minFuzzyLength = options.minFuzzyLength ?? 4;
    const taxonomy = options.taxonomy && taxonomyIndex(options.taxonomy);
    this.needs = needsIndex(options.needs, (id) =>
      taxonomy?.terms.has(id) ? categoryNames(id, taxonomy) : [],
    );
    const weights = FIELDS.map((f) => FIELD_WEIGHTS[f]);
    // Each field's usual length, from the first documents (words counted, not kept).
    const lengthSums = FIELDS.map(() => 0);
    const sample = Math.min(n, LENGTH_SAMPLE);
    for (let doc = 0; doc < sample; doc++) {
      const fields = documents[doc]!.fields;
      for (let f = 0; f < fields.length; f++) lengthSums[f]! += countWords(fields[f]!);
    }
    const usual = lengthSums.map((sum) => Math.max(1, sum / Math.max(1, sample)));
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    const frequency = new Map<string, number>();
    const nameField = FIELDS.indexOf('name');
    const organizationField = FIELDS.indexOf('organization');
    this.names = new Array<string>(n);
    this.organizations = new Array<string>(n);
    documents.forEach((document, doc) => {
      frequency.clear();
      this.names[doc] = document.fields[nameField] ?? '';
      this.organizations[doc] = document.fields[organizationField] ?? '';
      const fields = document.fields;
      for (let f = 0; f < fields.length; f++) {
        const text = fields[f]!;
        if (!text) continue;
        const words = tokenize(text);
        // A field's words count for its weight, less in a longer field than usual (BM25F's normalization).
        const norm = weights[f]! / (1 - B + (B * words.length) / usual[f]!);
        for (let k = 0; k < words.length; k++) {
          const word = words[k]!;
          frequency.set(word, (frequency.get(word) ?? 0) + norm);
        }
      }
      for (const [word, tf] of frequency) {
        let posting = building.get(word);
        if (!posting) building.set(word, (posting = { docs: [], weights: [] }));
        posting.docs.push(doc);
        posting.weights.push((tf * (K1 + 1)) / (tf + K1));
      }
    });
    for (const [word, p] of building) {
      // Rarer words count more (BM25's inverse document frequency), folded into the posting once.
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      const scaled = new Float32Array(p.weights.length);
      for (let i = 0; i < scaled.length; i++) scaled[i] = p.weights[i]! * idf;
      this.postings.set(word, { docs: Uint32Array.from(p.docs), weights: scaled });
    }
    this.vocabulary = [...building.keys()].sort();
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
    this.sum = new Float64Array(n);
    this.widenedBest = new Float64Array(n);
    this.total = new Float64Array(n);
    this.covered = new Float64Array(n);
    this.tokenStamp = new Uint32Array(n);
    this.queryStamp = new Uint32Array(n);
  }

  /** A document's name and organization as folded words, each between spaces (" peninsula family service "). */
  private title(doc: number): string {
    let title = this.titles.get(doc);
    if (title === undefined) {
      title = ` ${tokenize(this.names[doc]!).join(' ')} ${tokenize(this.organizations[doc]!).join(' ')} `;
      if (this.titles.size >= 20_000) this.titles.clear();
      this.titles.set(doc, title);
    }
    return title;
  }

  /** The directory's words that are `token` itself or a light variant of it ("shelter", "shelters"). */
  private sameWords(token: string): WordMatches {
    const out: WordMatches = [];
    if (this.postings.has(token)) out.push([token, 1]);
    for (const variant of variants(token))
      if (this.postings.has(variant)) out.push([variant, SIMILARITY.variant]);
    // Words of which the token is a light variant: "shelter" finds "shelters".
    for (const ending of ['s', 'es']) {
      const longer = token + ending;
      if (this.postings.has(longer) && variants(longer).includes(token))
        out.push([longer, SIMILARITY.variant]);
    }
    return out;
  }

  /**
   * Vocabulary words matching one query word, with their similarity: the word itself, its light variants, words it
   * begins when it is the word being typed (`typing`), and words one or two edits away (long words only). Cached.
   */
  matchWord(token: string, typing = true): WordMatches {
    const key = typing ? `${token}…` : token;
    const cached = this.wordCache.get(key);
    if (cached) return cached;
    const found = new Map<string, number>(this.sameWords(token));
    const add = (word: string, similarity: number) => {
      if ((found.get(word) ?? 0) < similarity) found.set(word, similarity);
    };
    if (typing && token.length >= MIN_PREFIX_LENGTH) {
      // The word being typed: every word it begins, from the sorted vocabulary.
      let lo = 0;
      let hi = this.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.vocabulary[mid]! < token) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(token); i++) {
        const word = this.vocabulary[i]!;
        if (word !== token)
          add(word, SIMILARITY.prefix * (0.6 + (0.4 * token.length) / word.length));
      }
    }
    const edits = token.length >= this.minFuzzyLength ? allowedEdits(token.length) : 0;
    if (edits > 0) {
      // A word the directory has was most likely typed as meant: its near misses count far less.
      const known = [...found.values()].some((s) => s >= SIMILARITY.variant);
      const damp = known ? SIMILARITY.knownWord : 1;
      for (const word of this.fuzzyCandidates(token, edits)) {
        if (found.has(word)) continue;
        // A mistyped singular finds the plural too ("helpine" → "helplines").
        let distance = editDistance(token, word, edits);
        for (const variant of distance > edits ? variants(word) : [])
          distance = Math.min(distance, editDistance(token, variant, edits));
        if (distance > edits) continue;
        add(word, (distance === 1 ? SIMILARITY.oneEdit : SIMILARITY.twoEdits) * damp);
      }
    }
    const matches = [...found];
    if (this.wordCache.size > 500) this.wordCache.clear();
    this.wordCache.set(key, matches);
    return matches;
  }

  /**
   * The vocabulary words that could be within `edits` of `token`, found without measuring them all: each edit breaks
   * at most two of the token's letter pairs, so such a word shares all the others.
   */
  private fuzzyCandidates(token: string, edits: number): string[] {
    const pairs = bigrams(token);
    // An edit breaks at most two letter pairs, a transposition three.
    const need = Math.max(1, pairs.size - 3 * edits);
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
      const word = this.vocabulary[id]!;
      // A plural ending may come on top of the edits.
      const slack = edits + (word.endsWith('s') ? 2 : 0);
      if (shared[id]! >= need && Math.abs(word.length - token.length) <= slack) out.push(word);
      shared[id] = 0;
    }
    // Two letters swapped can break every letter pair of a short word ("bnak"): look for the swaps themselves.
    for (let i = 0; i + 1 < token.length; i++) {
      const swapped = token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
      if (swapped !== token && this.postings.has(swapped) && !out.includes(swapped))
        out.push(swapped);
    }
    return out;
  }

  /** See {@link SearchEngine.correct}: each unknown word of 3 letters or more by its nearest word (up to two edits). */
  correct(query: string): string | undefined {
    let changed = false;
    const words = tokenize(query)
      .slice(0, MAX_QUERY_WORDS)
      .map((word) => {
        if (word.length < 3 || STOP_WORDS.has(word) || this.postings.has(word)) return word;
        if (variants(word).some((v) => this.postings.has(v))) return word;
        const edits = word.length < 6 ? 1 : 2;
        let best: string | undefined;
        let distance = edits + 1;
        let frequency = 0;
        for (const candidate of this.fuzzyCandidates(word, edits)) {
          if (STOP_WORDS.has(candidate)) continue;
          const d = editDistance(word, candidate, edits);
          const f = this.postings.get(candidate)!.docs.length;
          // The nearest, then the most common: the word most people meant.
          if (d < distance || (d === distance && f > frequency)) {
            best = candidate;
            distance = d;
            frequency = f;
          }
        }
        if (best === undefined) return word;
        changed = true;
        return best;
      });
    return changed ? words.join(' ') : undefined;
  }

  /** Documents matching `query`, best first (see the class). The arrays are shared with the cache: copy them. */
  rank(query: string): Ranking {
    const words = tokenize(query).slice(0, MAX_QUERY_WORDS);
    // The last word is still being typed unless the query ends with a space.
    const typing = !/\s$/.test(query);
    const key = `${words.join(' ')}${typing ? '…' : ''}`;
    const cached = this.rankings.get(key);
    if (cached) {
      this.rankings.delete(key);
      this.rankings.set(key, cached); // most recent last
      return cached;
    }
    const ranking = words.length ? this.compute(words, typing) : this.browse();
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

  /**
   * The directory's words for a need's widening words, themselves or a light variant (no near misses: a widening is
   * not typed), worked out once per need.
   */
  private widening(need: string, finds: readonly string[]): WordMatches {
    let matches = this.widenings.get(need);
    if (!matches) {
      const found = new Map<string, number>();
      for (const word of finds)
        for (const [same, similarity] of this.sameWords(word))
          found.set(same, Math.max(found.get(same) ?? 0, similarity * SIMILARITY.widened));
      this.widenings.set(need, (matches = [...found]));
    }
    return matches;
  }

  /**
   * What each part of a query looks for: each need it says (the words that said it, and the directory's words for
   * what answers it, counting less), then each other meaningful word.
   */
  private concepts(words: readonly string[], typing: boolean): Concept[] {
    const last = words.length - 1;
    const match = (i: number) => this.matchWord(words[i]!, typing && i === last);
    const said = saidNeeds(words, this.needs);
    const taken = new Set(said.flatMap((s) => s.at));
    const concepts: Concept[] = said.map(({ need, at, finds, danger }) => {
      const matches = new Map<string, number>();
      for (const i of at) {
        if (STOP_WORDS.has(words[i]!)) continue;
        for (const [found, similarity] of match(i))
          matches.set(found, Math.max(matches.get(found) ?? 0, similarity));
      }
      // A person in danger now: what answers the danger comes first, whatever else the query says.
      const weight = danger ? CRISIS_WEIGHT : NEED_WEIGHT;
      return { matches: [...matches], weight, widened: this.widening(need.id, finds) };
    });
    const rest = words
      .map((word, i) => ({ word, i }))
      .filter(({ word, i }) => !taken.has(i) && !STOP_WORDS.has(word));
    const alone = concepts.length === 0 && rest.length === 0;
    const others = alone ? words.map((word, i) => ({ word, i })) : rest;
    const several = concepts.length + others.length > 1;
    for (const { word, i } of others)
      concepts.push({
        matches: match(i),
        weight: several && FILLER_WORDS.has(word) ? FILLER_WEIGHT : 1,
      });
    return concepts;
  }

  private compute(tokens: string[], typing: boolean): Ranking {
    const concepts = this.concepts(tokens, typing);
    const { best, widenedBest, sum, total, covered, tokenStamp, queryStamp } = this;
    const queryGen = ++this.generation;
    const reached: number[] = [];
    const words = new Set<string>();
    let wanted = 0;
    for (const concept of concepts) {
      wanted += concept.weight;
      const tokenGen = ++this.generation;
      const touched: number[] = [];
      const visit = (matches: WordMatches, widening: boolean) => {
        for (const [word, similarity] of matches) {
          words.add(word);
          const { docs, weights } = this.postings.get(word)!;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            const score = similarity * weights[i]!;
            if (tokenStamp[doc] !== tokenGen) {
              tokenStamp[doc] = tokenGen;
              best[doc] = widenedBest[doc] = sum[doc] = 0;
              touched.push(doc);
            }
            if (!widening) {
              if (score > best[doc]!) best[doc] = score;
            } else {
              if (score > widenedBest[doc]!) widenedBest[doc] = score;
              sum[doc] = sum[doc]! + score;
            }
          }
        }
      };
      visit(concept.matches, false);
      if (concept.widened) visit(concept.widened, true);
      for (const doc of touched) {
        if (queryStamp[doc] !== queryGen) {
          queryStamp[doc] = queryGen;
          total[doc] = 0;
          covered[doc] = 0;
          reached.push(doc);
        }
        const top = widenedBest[doc]!;
        const found = best[doc]! + top + (sum[doc]! - top) / 2;
        total[doc] = total[doc]! + concept.weight * found;
        covered[doc] = covered[doc]! + concept.weight;
      }
    }
    // A name or organization that holds every part of the query (as typed, or its closest matches) is what was asked
    // for: "viata lgbtq" for "LGBTQ+ Youth Group Visata".
    const named = concepts.map((c) =>
      [...c.matches]
        .sort((a, b) => b[1] - a[1])
        .slice(0, NAMED_MATCHES)
        .map(([word]) => ` ${word} `),
    );
    // Side by side in a name or organization, in the order typed: "peninsula family" for Peninsula Family Service.
    const pairs: string[] = [];
    const meaningful = tokens.filter((t) => !STOP_WORDS.has(t));
    for (let i = 0; i + 1 < meaningful.length; i++)
      pairs.push(` ${meaningful[i]} ${meaningful[i + 1]}`);
    const scores = new Float64Array(reached.length);
    reached.forEach((doc, i) => {
      const share = covered[doc]! / wanted;
      scores[i] = total[doc]! * share * share;
    });
    if (concepts.length > 1 || pairs.length) {
      // Names are read only where a bonus could lift a document among the first results.
      const most = Math.max(PHRASE_BONUS, 1) * (1 + NAME_BONUS) + 1;
      const ranked = reached.length > BONUS_CANDIDATES ? scores.slice().sort() : undefined;
      const least = ranked ? ranked[ranked.length - BONUS_CANDIDATES]! / most : 0;
      reached.forEach((doc, i) => {
        if (scores[i]! < least) return;
        const title = this.title(doc);
        let score = scores[i]!;
        if (pairs.length) {
          const together = pairs.filter((p) => title.includes(p)).length;
          if (together) score *= 1 + (PHRASE_BONUS * together) / pairs.length;
        }
        if (
          concepts.length > 1 &&
          covered[doc] === wanted &&
          named.every((words) => words.some((w) => title.includes(w)))
        )
          score *= 1 + NAME_BONUS;
        scores[i] = score;
      });
    }
    let top = 0;
    for (const score of scores) if (score > top) top = score;
    // Sort without a comparator: each kept document gets one number, its score in millionths above its place in
    // name order, and typed arrays sort numbers natively. Name order is unique, so it also says which document.
    const floor = top * RELEVANCE_FLOOR;
    const keys = new Float64Array(reached.length);
    let count = 0;
    reached.forEach((doc, i) => {
      if (scores[i]! < floor) return;
      const score = Math.round(scores[i]! * 1e6);
      keys[count++] = score * RANK_SPAN + (RANK_SPAN - 1 - this.nameRank[doc]!);
    });
    const sorted = keys.subarray(0, count).sort().reverse();
    const ids = new Uint32Array(count);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const key = sorted[i]!;
      const score = Math.floor(key / RANK_SPAN);
      ids[i] = this.byName[RANK_SPAN - 1 - (key - score * RANK_SPAN)]!;
      out[i] = score / 1e6;
    }
    return { ids, scores: out, words: [...words] };
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

  correct(query: string): Promise<string | undefined> {
    return Promise.resolve(this.index.correct(query));
  }

  /** The same as {@link search}, synchronously. */
  searchSync(query: string): SearchHit[] {
    if (queryTokens(query).length === 0) return (this.browseAll ??= browseHits(this.resources));
    return hitsOf(this.resources, this.index.rank(query));
  }
}
