import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import type { Messages } from './messages.js';

export type { Messages, ReferralMessages } from './messages.js';
export { ar, en, es, fr, it };

/** Built-in catalogues by primary language subtag. */
export const LOCALES: Readonly<Record<string, Messages>> = { en, fr, it, es, ar };

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** True for languages written right to left. */
export function isRtl(lang: string): boolean {
  return RTL.has(lang.split('-')[0]!.toLowerCase());
}

const merged = new WeakMap<Messages, WeakMap<object, Messages>>();

/**
 * The catalogue for `lang` (by its primary subtag; English when there is none), with a host's overrides on top.
 * Nested groups (`referral`, `values`, `groupLabels` …) are merged, so a host can override one string of a group.
 */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  const base = LOCALES[(lang ?? 'en').split('-')[0]!.toLowerCase()] ?? en;
  if (!overrides) return base;
  let cache = merged.get(base);
  if (!cache) merged.set(base, (cache = new WeakMap()));
  let out = cache.get(overrides);
  if (!out) {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(overrides)) {
      const current = result[key];
      result[key] =
        value && typeof value === 'object' && current && typeof current === 'object'
          ? { ...current, ...value }
          : value;
    }
    out = result as unknown as Messages;
    cache.set(overrides, out);
  }
  return out;
}

/** Human label of a BCP 47 language code in the UI language ("fr" -> "French"); each label is looked up once. */
export function languageName(code: string, uiLang: string): string {
  const key = `${uiLang}\u0000${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      // A private-use tag ("x-klingon") names no language Intl knows: it is shown as written.
      if (/^x-/i.test(code)) throw new RangeError(code);
      let names = displayNames.get(uiLang);
      if (!names)
        displayNames.set(
          uiLang,
          (names = new Intl.DisplayNames([uiLang, 'en'], { type: 'language' })),
        );
      name = names.of(code) ?? code;
      // Intl names no sign language: never show "sgn" or "ase" to a visitor.
      if (name === code && SIGN_LANGUAGES.test(code))
        name = messagesFor(uiLang).values['sign-language']!;
    } catch {
      name = code;
    }
    languageNames.set(key, name);
  }
  return name;
}

const displayNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, string>();
/** Sign languages by code: the collective one, and the national ones directories list most. */
const SIGN_LANGUAGES =
  /^(sgn(-.*)?|ase|bfi|fsl|gsg|ise|ssp|asf|csl|lsm|mfs|bzs|lsb|sfs|lsq|isl|ils|dse|nsl|swl|jsl|kvk|psr)$/i;

/** Label of a tag-like value: the catalogue's when it has one, else humanized ("quiet-room" -> "Quiet room"). */
export function valueLabel(value: string, messages: Messages): string {
  // Values come from the feed: "__proto__" or "constructor" must not reach Object.prototype.
  return (
    (Object.hasOwn(messages.values, value) ? messages.values[value] : undefined) ?? humanize(value)
  );
}

/** Human label for a tag-like value: "sign-language" -> "Sign language". */
export function humanize(value: string): string {
  const spaced = value.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
