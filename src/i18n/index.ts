import { en } from './en.js';
import { Catalogues, primary } from './catalogues.js';
import type { MessageOverrides, Messages } from './messages.js';

export type { Messages, MessageOverrides, ReferralMessages, ReportMessages } from './messages.js';
export { en };

/**
 * The built-in interface languages, by primary language subtag. English is part of every first load; the others are
 * files of their own, loaded when a finder or an element is first shown in that language ({@link loadMessages}).
 */
export const LANGUAGES = ['en', 'fr', 'it', 'es', 'ar'] as const;

const catalogues = new Catalogues<Messages>(en, {
  fr: () => import('./fr.js').then((m) => m.fr),
  it: () => import('./it.js').then((m) => m.it),
  es: () => import('./es.js').then((m) => m.es),
  ar: () => import('./ar.js').then((m) => m.ar),
});

/**
 * The catalogue for `lang`: at once for English, a language with no built-in catalogue (English is used) or one loaded
 * before. A catalogue that cannot be loaded (the file is missing, the network failed) falls back to English rather than
 * leave the interface blank, and is tried again next time.
 */
export function loadMessages(lang: string | undefined): Promise<Messages> {
  return catalogues.load(lang);
}

/** Resolves once the catalogue for `lang` is loaded (see {@link loadMessages}); undefined when it already is. */
export function messagesLoading(lang: string | undefined): Promise<Messages> | undefined {
  return catalogues.pending(lang);
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** True for languages written right to left. */
export function isRtl(lang: string): boolean {
  return RTL.has(primary(lang));
}

const merged = new WeakMap<Messages, WeakMap<object, Messages>>();

/**
 * The catalogue for `lang` (by its primary subtag; English when there is none, or while it is loading: see
 * {@link loadMessages}), with a host's overrides on top. Nested groups (`referral`, `values`, `groupLabels` …) are
 * merged, so a host can override one string of a group.
 */
export function messagesFor(lang: string | undefined, overrides?: MessageOverrides): Messages {
  const base = catalogues.get(lang);
  if (!overrides) return base;
  let cache = merged.get(base);
  if (!cache) merged.set(base, (cache = new WeakMap()));
  let out = cache.get(overrides);
  if (!out) {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(overrides)) {
      const current = result[key];
      result[key] =
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        current &&
        typeof current === 'object'
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
    } catch {
      name = code;
    }
    languageNames.set(key, name);
  }
  // Intl names no sign language: never show "sgn" or "ase" to a visitor. (The catalogue is read each time: the
  // visitor's may still be on its way.)
  return name === code && SIGN_LANGUAGES.test(code)
    ? messagesFor(uiLang).values['sign-language']!
    : name;
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
