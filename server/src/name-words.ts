/**
 * The words of services' names as PostgreSQL's expressions read them (`\m`, `\W`: a word character is a letter, a
 * digit or an underscore), numbered: a pair of the query's words side by side in a name (`name_key ~
 * '\mfirst\W+second'`, the search statement's phrase bonus) is then a number followed by a number in a range, not a
 * scan of the name's letters. The search index keeps each name's words (search-index.ts); search-memory.ts reads them.
 */
import { byUnits, lowerBound } from './sorted.js';

/** A word character, as PostgreSQL's expressions read `\m` and `\W`. */
export const WORD = '[\\p{L}\\p{N}_]';

/**
 * Each UTF-16 unit outside the surrogates: 1 for a word character in PostgreSQL's expressions (a letter, a digit, an
 * underscore: `\m`, `\W`), read off the expression's own classes once.
 */
export const WORD_UNIT = (() => {
  const word = new RegExp(WORD, 'u');
  const units = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++)
    if (u < 0xd800 || u > 0xdfff) units[u] = word.test(String.fromCharCode(u)) ? 1 : 0;
  return units;
})();

const SURROGATE = /[\ud800-\udfff]/;

/** Whether every unit of `text` is a word character (and none a surrogate). */
export function allWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (WORD_UNIT[text.charCodeAt(i)] !== 1) return false;
  return text.length > 0;
}

/**
 * The words of a name: its runs of word characters, in order, between runs of other characters. Undefined for a
 * name with characters beyond the first 65,536 (the expression then reads it: see `hasPair`).
 */
export function nameWords(name: string): string[] | undefined {
  if (SURROGATE.test(name)) return undefined;
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const word = i < name.length && WORD_UNIT[name.charCodeAt(i)] === 1;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(name.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** The first of two words, and the range of the second's completions, as numbers of a sorted list of words. */
export interface PairNumbers {
  /** The first word's number, -1 when no name has it. */
  first: number;
  /** The numbers of the words that begin with the second: from, to (excluded). */
  from: number;
  to: number;
}

/**
 * The numbers of a pair in `words` (sorted by UTF-16 units), or undefined when a word of the pair has characters other
 * than word characters (the expression then reads every name).
 */
export function pairNumbers(
  words: readonly string[],
  first: string,
  second: string,
): PairNumbers | undefined {
  if (!allWord(first) || !allWord(second)) return undefined;
  const at = lowerBound(words, first, byUnits);
  // U+FFFF is no word character: no word holds it, and every word that begins with the second sorts below it.
  return {
    first: words[at] === first ? at : -1,
    from: lowerBound(words, second, byUnits),
    to: lowerBound(words, `${second}\uffff`, byUnits),
  };
}

/**
 * Whether a name, as its words' numbers `numbers[from..end)`, has the first word followed by a word that begins with
 * the second: what `\mfirst\W+second` finds, when both are words (the first ends where a run of other characters
 * begins, and the second begins where it ends).
 */
export function hasPairOf(
  numbers: Int32Array,
  from: number,
  end: number,
  pair: PairNumbers,
): boolean {
  if (pair.first < 0) return false;
  for (let i = from; i + 1 < end; i++)
    if (numbers[i] === pair.first) {
      const next = numbers[i + 1]!;
      if (next >= pair.from && next < pair.to) return true;
    }
  return false;
}
