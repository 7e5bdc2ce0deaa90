/**
 * Shared `Intl` formatters. Building one costs about a millisecond (its locale data is loaded and resolved), far more
 * than formatting with it, and a page of results formats dates, numbers and lists on every card: each formatter is
 * built once per language and options and kept. Pure: no DOM.
 */

const made = new Map<string, unknown>();

function memo<T>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${lang}\u0000${options ? JSON.stringify(options) : ''}`;
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
}

/** An `Intl.NumberFormat` for a language and options, built once. */
export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo('number', lang, options, () => new Intl.NumberFormat(lang, options));
}

/** An `Intl.DateTimeFormat` for a language and options, built once. */
export function dateTimeFormat(
  lang: string,
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return memo('date', lang, options, () => new Intl.DateTimeFormat(lang, options));
}

/** An `Intl.ListFormat` for a language and options, built once. */
export function listFormat(lang: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return memo('list', lang, options, () => new Intl.ListFormat(lang, options));
}

/** An `Intl.Collator` for a language and options, built once. */
export function collator(lang: string, options?: Intl.CollatorOptions): Intl.Collator {
  return memo('collator', lang, options, () => new Intl.Collator(lang, options));
}

let local: string | undefined;
/** This machine's (the visitor's) time zone, asked once: it costs more than formatting with it. */
export function localTimeZone(): string {
  return (local ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC');
}
