import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SearchHit } from '../../core/search/word-index.js';
import type { Suggestion } from '../../core/search/suggest.js';
import type { ViewAnswer } from '../../core/view/view.js';
import { categoryName, type TaxonomyIndex } from '../../core/feed/taxonomy.js';
import { CATEGORY_SEPARATOR } from '../../core/text/patterns.js';
import { localized } from '../../core/text/fold.js';
import type { LocaleController } from '../../controllers/locale.js';
import { OnDemand } from '../../controllers/on-demand.js';
import { crisisNote } from './crisis-note.js';
import { whileLoading } from '../../i18n/catalogues.js';

/**
 * The code a finder loads as it needs it (files of their own in the drop-in):
 * - what it draws from its directory (results, cards, filters, "Near me", "My list": see `results-elements.ts`), asked
 *   for when it starts loading the directory, so that it is there, or waited for, when the directory is ready;
 * - the needs vocabulary (suggestions, and the words of danger for the crisis note), asked for when focus enters the
 *   finder or the view has a query, before results are drawn for it.
 */
export class FinderCode {
  readonly elements: OnDemand<true>;
  private readonly needs: OnDemand<typeof import('../../core/search/suggest.js')>;

  constructor(
    host: ReactiveControllerHost,
    private readonly locale: LocaleController,
  ) {
    this.elements = new OnDemand(host, () =>
      Promise.all([
        import('../../results-elements.js'),
        // Opening hours, which cards show, are shared with the directory's own code (a file of their own in the
        // drop-in): asked for at the same time rather than once the elements' file has arrived.
        import('../../core/hours/hours.js'),
      ]).then(([m]) => m.defineResultsElements()),
    );
    this.needs = new OnDemand(host, () => import('../../core/search/suggest.js'));
  }

  /** Asks for the needs vocabulary (a visitor is about to type). */
  readonly prepareSearch = (): void => void this.needs.load().catch(() => undefined);

  /** What an update must wait for: the directory's elements once it is ready, the vocabulary for a query. */
  waitFor(ready: boolean, query: string): Promise<unknown> | undefined {
    // What fails to arrive is said (or left out), never waited for again.
    const settled = (code: OnDemand<unknown>) =>
      !code.loaded && !code.failed ? code.load().catch(() => undefined) : undefined;
    return whileLoading(
      ready ? settled(this.elements) : undefined,
      query.trim() ? settled(this.needs) : undefined,
    );
  }

  /** Needs, categories and organizations whose words begin with what is typed. */
  suggestions(query: string, answer: ViewAnswer, taxonomy?: TaxonomyIndex): Suggestion[] {
    if (query.trim().length < 2) return [];
    const lang = this.locale.lang;
    const categories = new Set(
      answer.facets.categories.map((o) =>
        categoryName(o.value.split(CATEGORY_SEPARATOR).at(-1)!, lang, taxonomy),
      ),
    );
    const organizations = new Set(
      answer.hits.slice(0, 50).map((h) => h.resource.organization ?? h.resource.name),
    );
    return (
      this.needs.get()?.suggest(query, lang, {
        categories: [...categories],
        organizations: [...organizations],
      }) ?? []
    );
  }

  /** The note that comes first when the query says the person is in danger now (see `crisisNote`). */
  crisis(
    query: string,
    hits: readonly SearchHit[],
    emergencyNumber: string | undefined,
  ): TemplateResult | typeof nothing {
    if (!query.trim() || !this.needs.get()?.dangerOf(query)) return nothing;
    const lang = this.locale.lang;
    const first = hits.slice(0, 2).map((h) => localized(h.resource, lang).name);
    return crisisNote(this.locale.m, emergencyNumber, first, (items) => this.locale.list(items));
  }
}
