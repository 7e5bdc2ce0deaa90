import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';
export { en } from './en.js';

/** The built-in catalogue for `lang` (English until more locales ship), with a host's overrides on top. */
export function messagesFor(_lang: string | undefined, overrides?: Partial<Messages>): Messages {
  return overrides ? { ...en, ...overrides } : en;
}

/** Human label of a BCP 47 language code in the UI language ("fr" -> "French"). */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Label of a tag-like value: the catalogue's when it has one, else humanized ("quiet-room" -> "Quiet room"). */
export function valueLabel(value: string, messages: Messages): string {
  return messages.values[value] ?? humanize(value);
}

/** Human label for a tag-like value: "sign-language" -> "Sign language". */
export function humanize(value: string): string {
  const spaced = value.replace(/[-_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
