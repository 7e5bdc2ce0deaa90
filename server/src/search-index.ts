/**
 * The directory's search index in this process's memory: every service's weighted words as PostgreSQL indexed them
 * (the `search` tsvector: folded, stemmed in the languages the record has, weighted by field), kept as postings, with
 * what filters, facets and orders read. PostgreSQL stays the directory's store and reads every query word (typo
 * corrections, stemming); this index then finds, ranks and counts the services found, as the search statement does,
 * without visiting each found row in the database: at a million services a broad query ("Ro" as typed) finds a
 * hundred thousand of them, which PostgreSQL reads from a gigabyte of pages.
 *
 * The ranks are PostgreSQL's own: `ts_rank(weights, search, query, 1)` is a sum over the query's words of a figure
 * each service's word has on its own (from its positions and their weights), divided by the query's number of words
 * and the log of the service's length. That figure is worked out here once, at load, with PostgreSQL's arithmetic
 * (single precision where it uses it), so that both give the same services in the same order.
 *
 * It is read in one snapshot of the database, tagged with the last import it holds: a later import is answered by the
 * search statement until the index is read again.
 */
import type pg from 'pg';
import { FILTER_GROUPS } from 'resource-finder/core.js';
import { FACET_SEPARATOR } from './directory.js';
import { nameWords } from './name-words.js';
import { compareBytes, lowerBound } from './sorted.js';
import { WordTable } from './word-table.js';

/** ts_rank's weights, in its order: D (description), C (organization, place), B (categories...), A (name). */
export const RANK_WEIGHTS = [0.3, 0.5, 0.75, 1] as const;
const WEIGHT = RANK_WEIGHTS.map(Math.fround);
/** The limit of the sum of 1/i² (π²/6), as tsrank.c writes it. */
const BASEL = 1.64493406685;
/** A posting's service, with this bit set when the word is in its name, categories, tags or audiences (A or B). */
export const IN_AB = 0x80000000;
const DOC = 0x7fffffff;
/** Services read at a time while loading. */
const BATCH = 5000;

/** Grows a typed array as values are added. */
export class Growing<T extends Uint32Array | Int32Array | Uint16Array | Uint8Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** The values as they are, without a copy (for arrays read once and let go). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  /** The values, in an array of their own length (the room grown for more is given back), in shared memory. */
  done(): T {
    return shared(this.view());
  }
}

type Typed =
  Uint32Array | Float32Array | Float64Array | Int32Array | Uint16Array | Uint8Array | Int8Array;

/** What a search reads of a {@link SearchIndex}: its arrays (and size), not its strings. */
export const INDEX_ARRAYS = [
  'size',
  'names',
  'nameStart',
  'namePlain',
  'byName',
  'byVerified',
  'byPosition',
  'lengthNumber',
  'lengthLogs',
  'facetStart',
  'facetIds',
  'facetGroups',
  'termStart',
  'termIds',
  'organization',
  'modified',
  'minAge',
  'maxAge',
  'zone',
  'openStart',
  'openRanges',
  'postingStart',
  'postingDoc',
  'postingFigure',
  'figureShares',
  'nameWordStart',
  'nameWords',
] as const;

/**
 * A copy of `values` in shared memory: the search threads (search-threads.ts) read the index's arrays where they are,
 * without a copy of their own.
 */
export function shared<T extends Typed>(values: T): T {
  const make = values.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new make(new SharedArrayBuffer(values.byteLength));
  copy.set(values as never);
  return copy;
}

const u32 = (n: number) => new Uint32Array(n);
const i32 = (n: number) => new Int32Array(n);

/**
 * `values` (numbers below `count`) in shared memory, in the narrowest array that holds them: a search reads a length
 * and facet keys for every service it reaches, a quarter of the memory when they are bytes.
 */
function narrowest(values: Uint32Array, count: number): Uint8Array | Uint16Array | Uint32Array {
  const out = narrowArray(values.length, count);
  out.set(values);
  return out;
}

/** An array of `length` numbers below `count`, the narrowest that holds them, in shared memory. */
function narrowArray(length: number, count: number): Uint8Array | Uint16Array | Uint32Array {
  const bytes = count <= 0x100 ? 1 : count <= 0x10000 ? 2 : 4;
  const buffer = new SharedArrayBuffer(length * bytes);
  return bytes === 1
    ? new Uint8Array(buffer)
    : bytes === 2
      ? new Uint16Array(buffer)
      : new Uint32Array(buffer);
}

/**
 * Reads a tsvector as PostgreSQL writes it (`'word':1A,5 'l''eau':3B`): for each word, its figure in ts_rank (see
 * the module) and whether it is weighted A or B. Returns the vector's length as ts_rank counts it (its positions).
 */
export function readVector(
  text: string,
  entry: (lexeme: string, figure: number, ab: boolean) => void,
): number {
  let i = 0;
  let length = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) !== 39 /* ' */) throw new Error(`not a tsvector at ${i}`);
    i++;
    let lexeme = '';
    let from = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 39) {
        if (text.charCodeAt(i + 1) === 39) {
          lexeme += text.slice(from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        lexeme += text.slice(from, i);
        i++;
        break;
      }
      if (c === 92 /* \ */) {
        lexeme += text.slice(from, i);
        from = i + 1;
        i += 2;
        continue;
      }
      if (Number.isNaN(c)) throw new Error('unterminated lexeme');
      i++;
    }
    let resj = 0;
    let wjm = -1;
    let jm = 0;
    let j = 0;
    let ab = false;
    if (text.charCodeAt(i) === 58 /* : */) {
      i++;
      for (;;) {
        while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        const mark = text.charCodeAt(i);
        // A = 3, B = 2, C = 1, none = D = 0.
        const code = mark === 65 ? 3 : mark === 66 ? 2 : mark === 67 ? 1 : 0;
        if (code) i++;
        if (code >= 2) ab = true;
        const w = WEIGHT[code]!;
        resj = Math.fround(resj + Math.fround(w / ((j + 1) * (j + 1))));
        if (w > wjm) {
          wjm = w;
          jm = j;
        }
        j++;
        if (text.charCodeAt(i) !== 44 /* , */) break;
        i++;
      }
    } else {
      // No positions: one of weight D at position 0, as tsrank.c reads it.
      resj = WEIGHT[0]!;
      wjm = WEIGHT[0]!;
      j = 1;
    }
    length += j;
    entry(
      lexeme,
      Math.fround(Math.fround(wjm + resj) - Math.fround(wjm / ((jm + 1) * (jm + 1)))),
      ab,
    );
    if (text.charCodeAt(i) === 32) i++;
  }
  return length;
}

/** One word of a query, as a tsquery operand. */
export interface Operand {
  lexeme: string;
  prefix: boolean;
}

/** The operands of a tsquery of alternatives only (`'a' | 'b':*`); undefined for any other (phrases, and, not). */
export function readQuery(text: string): Operand[] | undefined {
  const out: Operand[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (out.length) {
      if (text.slice(i, i + 3) !== ' | ') return undefined;
      i += 3;
    }
    if (text.charCodeAt(i) !== 39) return undefined;
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= n) return undefined;
      const c = text[i]!;
      if (c === "'") {
        if (text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
          continue;
        }
        i++;
        break;
      }
      if (c === '\\') {
        lexeme += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      lexeme += c;
      i++;
    }
    let prefix = false;
    if (text.slice(i, i + 2) === ':*') {
      prefix = true;
      i += 2;
    }
    if (text[i] === ':') return undefined;
    out.push({ lexeme, prefix });
  }
  return out;
}

/** A multirange of minutes of the week as PostgreSQL writes it (`{[0,60),[1440,1500)}`), as pairs. */
function readMinutes(text: string | null, into: Growing<Int32Array>): void {
  if (!text) return;
  for (const m of text.matchAll(/([[(])(-?\d*),(-?\d*)([\])])/g)) {
    const lower = m[2] === '' ? -1e9 : Number(m[2]) + (m[1] === '(' ? 1 : 0);
    const upper = m[3] === '' ? 1e9 : Number(m[3]) + (m[4] === ']' ? 1 : 0);
    into.push(lower);
    into.push(upper);
  }
}

interface Row {
  id: string;
  name_key: string;
  search: string;
  facet_keys: string[];
  terms: string[];
  organization_id: string | null;
  modified: string;
  min_age: number | null;
  max_age: number | null;
  hours_zone: string | null;
  open_minutes: string | null;
  by_name: number;
  by_verified: number;
  by_position: number;
}

/** No age given. */
export const NO_AGE = -0x80000000;

/** Interns values (strings, and a posting's figure or a service's length) as numbers, in the order first met. */
class Names<T = string> {
  readonly ids = new Map<T, number>();
  readonly names: T[] = [];
  id(name: T): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** The index: see the module. Its arrays are read by `search-memory.ts`. */
export class SearchIndex {
  private constructor(
    /** The last import it holds (null before any). */
    readonly generation: string | null,
    readonly ids: string[],
    /** Every service's `name_key` (folded name), one after another as UTF-16 units, read front to back. */
    readonly names: Uint16Array,
    readonly nameStart: Uint32Array,
    /** 1 for a name without characters beyond the first 65,536 (surrogate pairs): read unit by unit. */
    readonly namePlain: Uint8Array,
    readonly byName: Int32Array,
    readonly byVerified: Int32Array,
    readonly byPosition: Int32Array,
    /** Each service's length, as its number in {@link lengthLogs} (a byte or two: services have few lengths). */
    readonly lengthNumber: Uint8Array | Uint16Array | Uint32Array,
    /** What ts_rank's normalization 1 divides a service's rank by (the log₂ of its length + 1), for each length. */
    readonly lengthLogs: Float64Array,
    readonly facetStart: Uint32Array,
    /** Each service's facet keys: a byte each for 256 keys or fewer (a generated million services have 119). */
    readonly facetIds: Uint8Array | Uint16Array | Uint32Array,
    readonly facetKeys: Names,
    /** Each facet key's filter group, as its place in FILTER_GROUPS (-1 for none). */
    readonly facetGroups: Int8Array,
    readonly termStart: Uint32Array,
    readonly termIds: Uint32Array,
    readonly terms: Names,
    readonly organization: Int32Array,
    readonly organizations: Names,
    /** Last modified, in microseconds since 1970. */
    readonly modified: Float64Array,
    readonly minAge: Int32Array,
    readonly maxAge: Int32Array,
    readonly zone: Int32Array,
    readonly zones: Names,
    readonly openStart: Uint32Array,
    readonly openRanges: Int32Array,
    /** Every word, in PostgreSQL's order of lexemes. */
    readonly lexemes: string[],
    readonly postingStart: Uint32Array,
    /** Each posting's service (and {@link IN_AB}). */
    readonly postingDoc: Uint32Array,
    /** Each posting's figure in ts_rank (see the module), as its number in {@link figureShares}. */
    readonly postingFigure: Uint8Array | Uint16Array | Uint32Array,
    /**
     * The figures the postings have, each divided by {@link BASEL} as ts_rank adds it: they come from a word's
     * positions and weights, and a directory has few of them (46 in a generated million services), so a posting holds
     * a byte or two, not four, and the sum reads less memory and divides nothing.
     */
    readonly figureShares: Float64Array,
    /** The directory's words, for correcting typos (word-table.ts). */
    readonly vocabulary: WordTable,
    /** The words of every name (name-words.ts), sorted by UTF-16 units. */
    readonly nameWordList: string[],
    /** Each name's words, as numbers of {@link nameWordList} (none for a name that is not plain). */
    readonly nameWordStart: Uint32Array,
    readonly nameWords: Int32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** Reads the directory in one snapshot. */
  static async load(pool: pg.Pool): Promise<SearchIndex> {
    const client = await pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const { rows: generation } = await client.query<{ id: string | null }>(
        'select max(id)::text id from imports where finished is not null',
      );
      // The orders are worked out by PostgreSQL (its collation), over the few columns they read.
      await client.query(`declare rf_index no scroll cursor for
        with o as (select id,
          row_number() over (order by name_key, id)::int by_name,
          row_number() over (order by verified desc nulls last, name_key, id)::int by_verified,
          row_number() over (order by position, id)::int by_position
          from services)
        select s.id, s.name_key, s.search::text search, s.facet_keys, s.terms, s.organization_id,
          (extract(epoch from s.modified) * 1000000)::int8::text modified, s.min_age, s.max_age, s.hours_zone,
          s.open_minutes::text open_minutes, o.by_name, o.by_verified, o.by_position
        from services s join o using (id)`);
      const ids: string[] = [];
      const names = new Growing(new Uint16Array(1 << 16), (n) => new Uint16Array(n));
      const nameStart = new Growing(u32(1024), u32);
      const namePlain = new Growing(new Uint8Array(1024), (n) => new Uint8Array(n));
      const nameWordNames = new Names();
      const nameWordStart = new Growing(u32(1024), u32);
      const nameWordIds = new Growing(i32(4096), i32);
      const byName = new Growing(i32(1024), i32);
      const byVerified = new Growing(i32(1024), i32);
      const byPosition = new Growing(i32(1024), i32);
      const lengthNumber = new Growing(u32(1024), u32);
      const lengths = new Names<number>();
      const facetKeys = new Names();
      const facetStart = new Growing(u32(1024), u32);
      const facetIds = new Growing(u32(4096), u32);
      const terms = new Names();
      const termStart = new Growing(u32(1024), u32);
      const termIds = new Growing(u32(4096), u32);
      const organizations = new Names();
      const organization = new Growing(i32(1024), i32);
      const modified: number[] = [];
      const minAge = new Growing(i32(1024), i32);
      const maxAge = new Growing(i32(1024), i32);
      const zones = new Names();
      const zone = new Growing(i32(1024), i32);
      const openStart = new Growing(u32(1024), u32);
      const openRanges = new Growing(i32(4096), i32);
      const words = new Names();
      const postingWord = new Growing(u32(1 << 16), u32);
      const postingDoc = new Growing(u32(1 << 16), u32);
      const postingFigure = new Growing(u32(1 << 16), u32);
      const figureValues = new Names<number>();
      for (;;) {
        const { rows } = await client.query<Row>(`fetch ${BATCH} from rf_index`);
        for (const row of rows) {
          const doc = ids.length;
          ids.push(row.id);
          nameStart.push(names.length);
          let plain = 1;
          for (let i = 0; i < row.name_key.length; i++) {
            const unit = row.name_key.charCodeAt(i);
            if (unit >= 0xd800 && unit <= 0xdfff) plain = 0;
            names.push(unit);
          }
          namePlain.push(plain);
          nameWordStart.push(nameWordIds.length);
          for (const word of nameWords(row.name_key) ?? [])
            nameWordIds.push(nameWordNames.id(word));
          byName.push(row.by_name);
          byVerified.push(row.by_verified);
          byPosition.push(row.by_position);
          const length = readVector(row.search, (lexeme, figure, ab) => {
            postingWord.push(words.id(lexeme));
            postingDoc.push(ab ? (doc | IN_AB) >>> 0 : doc);
            postingFigure.push(figureValues.id(figure));
          });
          lengthNumber.push(lengths.id(length));
          facetStart.push(facetIds.length);
          for (const key of row.facet_keys) facetIds.push(facetKeys.id(key));
          termStart.push(termIds.length);
          for (const term of row.terms) termIds.push(terms.id(term));
          organization.push(
            row.organization_id === null ? -1 : organizations.id(row.organization_id),
          );
          modified.push(Number(row.modified));
          minAge.push(row.min_age ?? NO_AGE);
          maxAge.push(row.max_age ?? NO_AGE);
          zone.push(row.hours_zone === null ? -1 : zones.id(row.hours_zone));
          openStart.push(openRanges.length);
          readMinutes(row.open_minutes, openRanges);
        }
        if (rows.length < BATCH) break;
      }
      const vocabulary = await WordTable.read(client);
      await client.query('commit');
      facetStart.push(facetIds.length);
      termStart.push(termIds.length);
      openStart.push(openRanges.length);
      nameStart.push(names.length);
      nameWordStart.push(nameWordIds.length);
      // The names' words in order of their units (a word and those that begin with it side by side), renumbered.
      const nameWordList = nameWordNames.names.slice().sort();
      const nameWordRank = new Map(nameWordList.map((w, i) => [w, i]));
      const renumber = Int32Array.from(nameWordNames.names, (w) => nameWordRank.get(w)!);
      const nameWordNumbers = nameWordIds.done();
      for (let i = 0; i < nameWordNumbers.length; i++)
        nameWordNumbers[i] = renumber[nameWordNumbers[i]!]!;

      // The postings, grouped by word in PostgreSQL's order of lexemes.
      const order = words.names.map((_, i) => i);
      order.sort((a, b) => compareBytes(words.names[a]!, words.names[b]!));
      const rank = new Uint32Array(order.length);
      order.forEach((word, i) => (rank[word] = i));
      const start = shared(new Uint32Array(order.length + 1));
      const pw = postingWord.view();
      for (let i = 0; i < pw.length; i++) start[rank[pw[i]!]! + 1]!++;
      for (let i = 0; i < order.length; i++) start[i + 1]! += start[i]!;
      const fill = start.slice(0, order.length);
      const docs = shared(new Uint32Array(pw.length));
      const figures = narrowArray(pw.length, figureValues.names.length);
      const pd = postingDoc.view();
      const pf = postingFigure.view();
      for (let i = 0; i < pw.length; i++) {
        const at = fill[rank[pw[i]!]!]!++;
        docs[at] = pd[i]!;
        figures[at] = pf[i]!;
      }
      return new SearchIndex(
        generation[0]?.id ?? null,
        ids,
        names.done(),
        nameStart.done(),
        namePlain.done(),
        byName.done(),
        byVerified.done(),
        byPosition.done(),
        narrowest(lengthNumber.view(), lengths.names.length),
        shared(Float64Array.from(lengths.names, (length) => Math.log(length + 1) / Math.log(2))),
        facetStart.done(),
        narrowest(facetIds.view(), facetKeys.names.length),
        facetKeys,
        shared(
          Int8Array.from(facetKeys.names, (key) =>
            (FILTER_GROUPS as readonly string[]).indexOf(
              key.slice(0, key.indexOf(FACET_SEPARATOR)),
            ),
          ),
        ),
        termStart.done(),
        termIds.done(),
        terms,
        organization.done(),
        organizations,
        shared(Float64Array.from(modified)),
        minAge.done(),
        maxAge.done(),
        zone.done(),
        zones,
        openStart.done(),
        openRanges.done(),
        order.map((i) => words.names[i]!),
        start,
        docs,
        figures,
        shared(Float64Array.from(figureValues.names, (figure) => figure / BASEL)),
        vocabulary,
        nameWordList,
        nameWordStart.done(),
        nameWordNumbers,
      );
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /** The number of the first word at or after `text` in the index's order. */
  private lowerBound(text: string): number {
    return lowerBound(this.lexemes, text, compareBytes);
  }

  /** The word's number, or -1 when no service has it. */
  word(lexeme: string): number {
    const at = this.lowerBound(lexeme);
    return this.lexemes[at] === lexeme ? at : -1;
  }

  /** The words that begin with `prefix`: [first, end). */
  completions(prefix: string): [number, number] {
    const first = this.lowerBound(prefix);
    let end = first;
    while (end < this.lexemes.length && this.lexemes[end]!.startsWith(prefix)) end++;
    return [first, end];
  }

  /** Bytes its arrays hold, the search's and the word table's (its words counted at 2 bytes a letter). */
  get bytes(): number {
    return INDEX_ARRAYS.reduce(
      (sum, key) => sum + (typeof this[key] === 'number' ? 0 : (this[key] as Typed).byteLength),
      this.vocabulary.bytes,
    );
  }
}

export { BASEL, DOC };
