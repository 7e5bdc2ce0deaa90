/** Text folding and tokenizing shared by search, filters and highlighting. Pure: no DOM. */
import { formatAddress, type AddressParts } from './format.js';
import { INVISIBLE } from './patterns.js';

const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const LIGATURE_RE = /[œæßøłđı]/g;
/** Combining marks, and what is never seen so never searched: soft hyphens, zero-width spaces and joiners, word
 * joiners, byte-order marks. One pass removes both. */
const MARKS_RE = new RegExp(`[\\p{M}${INVISIBLE}]+`, 'gu');
const WORD_RE = /[\p{L}\p{N}]+/gu;
const BEYOND_ASCII_RE = /[^ -~]/;

/**
 * Lower-cases and strips diacritics and invisible characters: "Hébergement" -> "hebergement", "Società" ->
 * "societa", "Cœur" -> "coeur", "Fo\u200Bod" -> "food".
 */
export function fold(text: string): string {
  // Most feed text is plain ASCII: nothing to strip.
  if (!BEYOND_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/** Folded words of `text`, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  if (text.length > SHORT_TEXT) return fold(text).match(WORD_RE) ?? [];
  // Short texts (categories, tags, towns) repeat across a directory: remember their words.
  let words = shortTexts.get(text);
  if (!words) {
    words = fold(text).match(WORD_RE) ?? [];
    if (shortTexts.size >= 20_000) shortTexts.clear();
    shortTexts.set(text, words);
  }
  return words.slice();
}

const SHORT_TEXT = 48;
const shortTexts = new Map<string, string[]>();

/** A piece of display text, marked when it matched the query. */
export interface TextSegment {
  /** The original text of this piece. */
  text: string;
  /** True when this piece is a match to highlight. */
  match: boolean;
}

/**
 * Splits `text` into plain and matched segments. A word matches when its folded form is one of `terms`
 * (folded words the search engine matched). Returns plain data: the caller renders it, never as HTML.
 */
export function highlight(
  text: string,
  terms: ReadonlySet<string> | readonly string[],
): TextSegment[] {
  const set = terms instanceof Set ? terms : new Set(terms as readonly string[]);
  if (!text) return [];
  if (set.size === 0) return [{ text, match: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const words = tokenize(m[0]);
    if (words.length === 1 && set.has(words[0]!)) {
      if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
      segments.push({ text: m[0], match: true });
      last = m.index + m[0].length;
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/** The key of `keys` (language tags) for `lang`: the same tag, else the same primary language ("fr-CA" → "fr"). */
export function languageKey(keys: readonly string[], lang: string): string | undefined {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0]!;
  return (
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => k.split('-')[0]!.toLowerCase() === primary)
  );
}

/** A resource's name and description in `lang`, from its `translations` (exact tag, then primary language). */
export function localized(
  r: {
    name: string;
    description?: string;
    hours?: { notes?: string };
    translations?: Record<string, { name?: string; description?: string; hoursNotes?: string }>;
  },
  lang: string,
): { name: string; description?: string; hoursNotes?: string } {
  const t = r.translations;
  if (!t) return { name: r.name, description: r.description, hoursNotes: r.hours?.notes };
  const key = languageKey(Object.keys(t), lang);
  const tr = key ? t[key] : undefined;
  return {
    name: tr?.name ?? r.name,
    description: tr?.description ?? r.description,
    hoursNotes: tr?.hoursNotes ?? r.hours?.notes,
  };
}

/** A resource's address on one line, in its country's order ({@link formatAddress}); '' when confidential. */
export function addressLine(r: { confidential?: boolean; address?: AddressParts }): string {
  return r.confidential ? '' : formatAddress(r.address);
}
