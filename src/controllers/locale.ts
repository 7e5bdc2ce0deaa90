/**
 * The visitor's language, shared by every part of a finder: the shell provides it (with `@lit/context`) and each
 * element reads it through a {@link LocaleController}, so changing `lang` anywhere re-renders every part at once. An
 * element used on its own resolves its language from its `ui-lang`, else the nearest `lang` attribute, else the page.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isRtl,
  messagesFor,
  messagesLoading,
  type Messages,
  type MessageOverrides,
} from '../i18n/index.js';
import { listFormat, numberFormat } from '../core/text/intl.js';
import { CATEGORY_SEPARATOR } from '../core/text/patterns.js';
import {
  categoryName,
  taxonomyIndex,
  type TaxonomyIndex,
  type TaxonomyTerm,
} from '../core/feed/taxonomy.js';

/** What a finder tells its parts about the visitor's language. */
export interface Locale {
  /** BCP 47 language of the interface. */
  readonly lang: string;
  /** The host's overrides of the catalogue. */
  readonly overrides?: MessageOverrides;
  /** The feed's taxonomy, which names categories given by id. */
  readonly taxonomy?: TaxonomyIndex;
}

/** The context key under which a finder provides its {@link Locale}. */
export const localeContext = createContext<Locale | undefined>(Symbol('rf-locale'));

/** An element that takes a language and message overrides of its own. */
export type LocaleHost = ReactiveControllerHost &
  HTMLElement & {
    uiLang?: string;
    messages?: MessageOverrides;
    /** A taxonomy of the element's own (used on its own, outside a finder). */
    taxonomy?: readonly TaxonomyTerm[];
  };

/** The UI language of an element: its `ui-lang`, else the nearest `lang` attribute, else the page's, else English. */
export function uiLanguage(el: HTMLElement, explicit?: string): string {
  return (
    explicit || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en'
  );
}

/** Language, direction, messages and formatters of one element, resolved from its own settings or its finder's. */
export class LocaleController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof localeContext, LocaleHost>;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  hostConnected(): void {}

  /** The interface language: the element's `ui-lang`, else its finder's, else the nearest `lang`, else English. */
  get lang(): string {
    return this.host.uiLang || this.consumer.value?.lang || uiLanguage(this.host);
  }

  /** `rtl` for languages written right to left. */
  get dir(): 'ltr' | 'rtl' {
    return isRtl(this.lang) ? 'rtl' : 'ltr';
  }

  /** Resolves once the catalogue of {@link lang} has arrived; undefined when it is at hand (see `LocalizedElement`). */
  get loading(): Promise<unknown> | undefined {
    return messagesLoading(this.lang);
  }

  /** The catalogue in {@link lang}, with the finder's and then the element's own overrides. */
  get m(): Messages {
    const shared = this.consumer.value?.overrides;
    const own = this.host.messages;
    return messagesFor(this.lang, shared && own ? { ...shared, ...own } : (own ?? shared));
  }

  /** The taxonomy that names categories: the element's own, else its finder's. */
  get taxonomy(): TaxonomyIndex | undefined {
    const own = this.host.taxonomy;
    return own ? taxonomyIndex(own) : this.consumer.value?.taxonomy;
  }

  /**
   * The names of a category's levels in the visitor's language: a taxonomy's ids by their labels
   * ("food > food-bank" → ["Food", "Food bank"]), other categories as written.
   */
  categoryPath(value: string): string[] {
    const taxonomy = this.taxonomy;
    return value.split(CATEGORY_SEPARATOR).map((level) => categoryName(level, this.lang, taxonomy));
  }

  /** A number as the visitor reads it ("1,234", "1 234", "١٬٢٣٤"). */
  number(n: number): string {
    return numberFormat(this.lang).format(n);
  }

  /** A fraction as a percentage ("40%", "40 %"). */
  percent(fraction: number): string {
    return numberFormat(this.lang, { style: 'percent' }).format(fraction);
  }

  /** An amount of data ("820 kB", "1.2 MB"). */
  bytes(n: number): string {
    const [value, unit] = n >= 1e6 ? [n / 1e6, 'megabyte'] : [n / 1e3, 'kilobyte'];
    return numberFormat(this.lang, {
      style: 'unit',
      unit,
      maximumFractionDigits: value < 10 ? 1 : 0,
    }).format(value);
  }

  /** Kilometres ("5 km"). */
  kilometres(km: number): string {
    return numberFormat(this.lang, { style: 'unit', unit: 'kilometer' }).format(km);
  }

  /** Items joined as the language does ("a, b and c"). */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return listFormat(this.lang, { type }).format(items);
  }
}

/**
 * Provides a finder's {@link Locale} to its parts and follows the host's language: its `lang` attribute (watched, so
 * `finder.lang = 'fr'` re-renders every part at once), else the nearest `lang`, else the page's.
 */
export class LocaleProvider implements ReactiveController {
  private readonly provider: ContextProvider<typeof localeContext, LocaleHost>;
  private readonly observer = new MutationObserver(() => this.follow());

  constructor(
    private readonly host: LocaleHost,
    /** Hears the host's language whenever it may have changed. */
    private readonly onLanguage: (lang: string) => void,
    /** The language the parts should use now, and the host's overrides. */
    private readonly current: () => Locale,
  ) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: localeContext });
  }

  private follow(): void {
    this.onLanguage(uiLanguage(this.host));
  }

  hostConnected(): void {
    this.follow();
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  hostUpdate(): void {
    const next = this.current();
    const now = this.provider.value;
    if (
      now?.lang !== next.lang ||
      now?.overrides !== next.overrides ||
      now?.taxonomy !== next.taxonomy
    )
      this.provider.setValue(next);
  }
}
