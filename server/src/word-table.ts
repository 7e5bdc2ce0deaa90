/**
 * The directory's words (the `words` table: every word as written, folded, with how many services have it) in the
 * server's memory, read with the search index: the words near a word asked (pg_trgm's similarity and its `%`
 * operator) and how many services have the words a prefix begins, as `lookUpWords` in search.ts asks PostgreSQL.
 *
 * A typo is corrected by the words nearest it: PostgreSQL finds them through its trigram index and then reads each
 * candidate word's row, a few milliseconds for each new word asked, the largest part of a search not seen before.
 * Here the same candidates are counted in arrays.
 *
 * The answers are PostgreSQL's own, to the bit:
 * - A word's trigrams are pg_trgm's: for a word of ASCII letters and digits only, the word padded with two spaces
 *   before and one after, cut in threes, each once. Any other word's trigrams are PostgreSQL's (`show_trgm`, read
 *   with the table): its letters and lower case are its locale's, and it writes a trigram of other letters as a hash.
 * - Similarity is the trigrams both have over those either has, as a float4; a word is near when that is at least
 *   `pg_trgm.similarity_threshold` (read from the database).
 * - The order is the statement's: the word itself, then the most similar, the most common, then the word (bytes).
 *
 * A word asked that is not of ASCII letters and digits only, or a prefix with LIKE's wildcards, is left to PostgreSQL.
 */
import type pg from 'pg';
import { compareBytes, lowerBound } from './sorted.js';

/** A word whose trigrams this module writes as pg_trgm does, in every locale. */
const PLAIN = /^[a-z0-9]+$/;

/** The trigrams of a word of {@link PLAIN} letters, as pg_trgm makes them (each once). */
function plainTrigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** A word asked and what the table says of it: as a row of the statement. */
export interface WordRow {
  asked: string;
  word: string | null;
  documents: number;
}

export class WordTable {
  /** For each trigram, the words that have it (indexes into `words`, ascending). */
  private readonly start: Int32Array;
  private readonly holders: Int32Array;
  /** How many distinct trigrams each word has. */
  private readonly sizes: Uint16Array;
  /** Documents of the words before each (for a prefix's sum). */
  private readonly before: Float64Array;
  /** Per word, scratch for counting the trigrams it shares with the word asked. */
  private readonly shared: Uint16Array;
  /** Each trigram's number. */
  private readonly trigramIds = new Map<string, number>();

  private constructor(
    /** The words, in byte order. */
    private readonly words: string[],
    private readonly documents: Int32Array,
    trigramsOf: (i: number) => readonly string[],
    /** pg_trgm.similarity_threshold. */
    readonly threshold: number,
  ) {
    const n = words.length;
    this.sizes = new Uint16Array(n);
    this.before = new Float64Array(n + 1);
    const ids: number[][] = [];
    const counts: number[] = [];
    for (let i = 0; i < n; i++) {
      const own = trigramsOf(i).map((t) => {
        let id = this.trigramIds.get(t);
        if (id === undefined) {
          this.trigramIds.set(t, (id = counts.length));
          counts.push(0);
        }
        counts[id]!++;
        return id;
      });
      ids.push(own);
      this.sizes[i] = Math.min(own.length, 0xffff);
      this.before[i + 1] = this.before[i]! + documents[i]!;
    }
    this.start = new Int32Array(counts.length + 1);
    for (let t = 0; t < counts.length; t++) this.start[t + 1] = this.start[t]! + counts[t]!;
    this.holders = new Int32Array(this.start[counts.length]!);
    const fill = this.start.slice(0, counts.length);
    for (let i = 0; i < n; i++) for (const t of ids[i]!) this.holders[fill[t]!++] = i;
    this.shared = new Uint16Array(n);
  }

  /** Reads the table in `client`'s transaction (the search index's snapshot). */
  static async read(client: pg.PoolClient): Promise<WordTable> {
    // The threshold is pg_trgm's setting, known once the module is loaded (by its first function called).
    await client.query(`select similarity('a', 'a')`);
    const { rows: setting } = await client.query<{ threshold: string | null }>(
      `select current_setting('pg_trgm.similarity_threshold', true) threshold`,
    );
    const threshold = Number(setting[0]?.threshold ?? 0.3);
    const { rows } = await client.query<[string, number]>({
      text: 'select word, documents from words',
      rowMode: 'array',
    });
    const words = rows.map((r) => r[0]);
    const documents = Int32Array.from(rows, (r) => r[1]);
    const other = words.filter((w) => !PLAIN.test(w));
    const { rows: written } = other.length
      ? await client.query<{ word: string; trigrams: string[] }>(
          'select word, show_trgm(word) trigrams from unnest($1::text[]) word',
          [other],
        )
      : { rows: [] };
    const theirs = new Map(written.map((r) => [r.word, r.trigrams]));
    // In byte order, as the statement's "C" order of words.
    const order = words.map((_, i) => i).sort((a, b) => compareBytes(words[a]!, words[b]!));
    const sorted = order.map((i) => words[i]!);
    return new WordTable(
      sorted,
      Int32Array.from(order, (i) => documents[i]!),
      (i) => {
        const word = sorted[i]!;
        return PLAIN.test(word) ? plainTrigrams(word) : (theirs.get(word) ?? []);
      },
      threshold,
    );
  }

  get size(): number {
    return this.words.length;
  }

  /** Memory held, about (the words' text counted at 2 bytes a letter). */
  get bytes(): number {
    return (
      this.start.byteLength +
      this.holders.byteLength +
      this.sizes.byteLength +
      this.before.byteLength +
      this.shared.byteLength +
      this.documents.byteLength +
      this.words.reduce((sum, w) => sum + 2 * w.length, 0)
    );
  }

  /** The index of `word`, or -1. */
  private find(word: string): number {
    const at = this.lowerBound(word);
    return this.words[at] === word ? at : -1;
  }

  private lowerBound(text: string): number {
    return lowerBound(this.words, text, compareBytes);
  }

  /** Whether this table answers for `word` (and, being typed, its prefix) as PostgreSQL would. */
  answers(word: string): boolean {
    return PLAIN.test(word);
  }

  /**
   * The statement's rows for `asked` (see `lookUpWords`): the word itself and the nearest words, at most `limit`;
   * none when it has none.
   */
  near(asked: string, limit: number): WordRow[] {
    const exact = this.find(asked);
    const found: Array<{ i: number; similarity: number }> = [];
    if (asked.length >= 3) {
      const mine = plainTrigrams(asked);
      const touched: number[] = [];
      for (const t of mine) {
        const id = this.trigramIds.get(t);
        if (id === undefined) continue;
        for (let k = this.start[id]!, end = this.start[id + 1]!; k < end; k++) {
          const i = this.holders[k]!;
          if (this.shared[i] === 0) touched.push(i);
          this.shared[i]!++;
        }
      }
      for (const i of touched) {
        const common = this.shared[i]!;
        this.shared[i] = 0;
        // pg_trgm's cnt_sml: a float4, compared with the threshold (a float8).
        const similarity = Math.fround(common / (mine.length + this.sizes[i]! - common));
        if (similarity >= this.threshold || i === exact) found.push({ i, similarity });
      }
    }
    if (exact >= 0 && !found.some((f) => f.i === exact)) found.push({ i: exact, similarity: 1 });
    found.sort(
      (a, b) =>
        Number(b.i === exact) - Number(a.i === exact) ||
        b.similarity - a.similarity ||
        this.documents[b.i]! - this.documents[a.i]! ||
        compareBytes(this.words[a.i]!, this.words[b.i]!),
    );
    return found
      .slice(0, limit)
      .map(({ i }) => ({ asked, word: this.words[i]!, documents: this.documents[i]! }));
  }

  /** How many services have the words `prefix` begins (summed by word, as the statement sums). */
  prefixDocuments(prefix: string): number {
    const from = this.lowerBound(prefix);
    // The first word after every word that begins with the prefix: the prefix with its last letter raised.
    const to = this.lowerBound(
      prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1),
    );
    return this.before[to]! - this.before[from]!;
  }
}
