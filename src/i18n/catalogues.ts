/**
 * Words by interface language: English always at hand, each other language a file of its own, fetched once when an
 * element is first shown in it. A file that cannot be loaded (missing, the network failed) falls back to English
 * rather than leave the interface blank, and is tried again next time.
 */
export class Catalogues<T> {
  private readonly loaded: Map<string, T>;
  private readonly loading = new Map<string, Promise<T>>();

  constructor(
    private readonly english: T,
    /** Each other language's file, by primary language subtag. */
    private readonly files: Readonly<Record<string, () => Promise<T>>>,
  ) {
    this.loaded = new Map([['en', english]]);
  }

  /** The words in `lang` once loaded; English while they load, or for a language with none. */
  get(lang: string | undefined): T {
    return this.loaded.get(primary(lang)) ?? this.english;
  }

  /** The words in `lang`: at once for English, a language with none, or one loaded before. */
  load(lang: string | undefined): Promise<T> {
    const code = primary(lang);
    const ready = this.loaded.get(code);
    if (ready) return Promise.resolve(ready);
    const file = this.files[code];
    if (!file) return Promise.resolve(this.english);
    let pending = this.loading.get(code);
    if (!pending) {
      pending = file().then(
        (words) => {
          this.loaded.set(code, words);
          return words;
        },
        () => {
          this.loading.delete(code);
          return this.english;
        },
      );
      this.loading.set(code, pending);
    }
    return pending;
  }

  /** Resolves once the words in `lang` are loaded; undefined when they already are (or there are none to load). */
  pending(lang: string | undefined): Promise<T> | undefined {
    const code = primary(lang);
    return this.loaded.has(code) || !this.files[code] ? undefined : this.load(code);
  }
}

/** What to wait for while any of `waits` is still loading; undefined when none is. */
export function whileLoading(
  ...waits: ReadonlyArray<Promise<unknown> | undefined>
): Promise<unknown> | undefined {
  const pending = waits.filter((w): w is Promise<unknown> => w !== undefined);
  return pending.length > 1 ? Promise.all(pending) : pending[0];
}

/** The primary subtag of a language tag, lower case ("fr-CA" → "fr"). */
export const primary = (lang: string | undefined): string =>
  (lang ?? 'en').split('-')[0]!.toLowerCase();
