import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SORT_ORDERS, sortHits, type SortOrder } from '../../core/filters/state.js';
import { resourceDistance, type LatLng } from '../../core/filters/distance.js';
import type { Resource } from '../../core/feed/schema.js';
import { browseHits } from '../../core/view/view.js';
import type { SearchHit } from '../../core/search/word-index.js';
import { RfFilterChangeEvent, RfShowMoreEvent, RfSortChangeEvent } from '../../events.js';
import type { RfResourceCard } from '../rf-resource-card/rf-resource-card.js';
import type { Messages, MessageOverrides } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { styles } from './rf-results.styles.js';

/** How long the result count waits for typing to settle before it is announced. */
const ANNOUNCE_DELAY = 700;
/**
 * New cards drawn in one task at most. A first page of 20 cards took one task of 60 to 90 ms on a modest machine
 * while a large feed loaded beside it; drawn six at a time, each task stays short and the first cards show as soon.
 * Cards already on screen are updated in place, all at once.
 */
const CARDS_PER_TASK = 6;

/**
 * The list of results: a count announced politely, a sort control, "show more", and an empty state that
 * offers to clear the filters. Give it `results` (search hits, for highlights) or plain `resources`: it sorts and
 * pages them itself. Or, from a directory that sorts and pages (the finder, a server), give it the page of `results`
 * to show with the `total`: it shows them in the order given and asks for more with `rf-show-more`.
 *
 * @summary Result list with count, sort and paging.
 * @slot empty - Replaces the default empty state.
 * @fires rf-sort-change - The visitor chose a sort order; detail `{ sort }`.
 * @fires rf-filter-change - The visitor pressed "clear all filters" in the empty state; detail `{ filters: {} }`.
 * @fires rf-resource-select - Bubbles from a card when the visitor opens its details.
 * @fires rf-show-more - With `total`: the visitor asked for more results; detail `{ shown }`.
 * @csspart header - Count and sort.
 * @csspart list - The list of results.
 * @csspart more - The "show more" button.
 * @csspart empty - The empty state.
 */
export class RfResults extends LocalizedElement {
  static override styles = [baseStyles, styles];

  protected readonly locale = new LocaleController(this);

  /** Search hits to show, best first. */
  @property({ attribute: false }) results?: SearchHit[];

  /**
   * How many results there are in all, when `results` is the first part of them, already sorted (from a directory).
   * Without it, the element sorts and pages `results` or `resources` itself.
   */
  @property({ type: Number }) total?: number;

  /** Plain resources to show when there are no search hits. */
  @property({ attribute: false }) resources?: Resource[];

  /** Sort order: `relevance` (the order given), `name` or `verified`. */
  @property() sort: SortOrder = 'relevance';

  /** Results rendered before "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The visitor's position, for distances and the `distance` sort. Never sent anywhere. */
  @property({ attribute: false }) origin?: LatLng;

  /** Ids of the resources in the visitor's list (their Save buttons show as pressed). */
  @property({ attribute: false }) savedIds: readonly string[] = [];

  /** Id of a resource shown expanded (restored from a shared link); it is brought into view. */
  @property({ attribute: false }) expandedId?: string;

  /** Months after which "last verified" is flagged on cards (0: never). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 12;

  /** Where reports of a wrong listing go: each card then offers to report one (see `<rf-resource-card>`). */
  @property({ attribute: 'report-endpoint' }) reportEndpoint?: string;

  /** Who receives reports, as named to the visitor. */
  @property({ attribute: 'report-recipient' }) reportRecipient?: string;

  /** Whether the empty state offers "clear all filters". */
  @property({ type: Boolean, attribute: 'has-filters' }) hasFilters = false;

  /** Language of numbers, dates and names; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private shown = 0;
  /** Whether the host gave an empty state of its own (through nested slots too); else the default one shows. */
  @state() private ownEmpty = false;
  @state() private announcement = '';
  private sorted: readonly SearchHit[] = [];
  private sortedFor?: { hits: unknown; sort: SortOrder; lang: string; origin?: LatLng };
  /** After "show more" from a directory: the first new result, focused when it arrives. */
  private focusFrom?: number;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Cards on screen after this update (see {@link CARDS_PER_TASK}). */
  private cards = 0;
  private drawTimer?: ReturnType<typeof setTimeout>;

  /** Whether a directory sorts and pages the results (see `total`). */
  private get paged(): boolean {
    return this.total !== undefined && this.results !== undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.paged) {
      this.sorted = this.results!;
      this.shown = this.sorted.length;
    } else {
      // Sorted again when anything the order depends on changes, the language included (names are translated).
      const hits = this.results ?? this.resources ?? [];
      const key = { hits, sort: this.sort, lang: this.locale.lang, origin: this.origin };
      const was = this.sortedFor;
      if (
        !was ||
        was.hits !== key.hits ||
        was.sort !== key.sort ||
        was.lang !== key.lang ||
        was.origin !== key.origin
      ) {
        this.sortedFor = key;
        this.sorted = sortHits(
          this.results ?? browseHits(this.resources ?? []),
          this.sort,
          key.lang,
          this.origin,
        );
      }
      if (changed.has('results') || changed.has('resources')) this.shown = this.pageSize;
      if (changed.has('pageSize') && this.shown < this.pageSize) this.shown = this.pageSize;
    }
    if (changed.has('results') || changed.has('resources') || changed.has('total'))
      this.scheduleAnnouncement();
    this.cards = Math.min(this.wanted, this.cards + CARDS_PER_TASK);
  }

  /** The cards to show: the page or pages the visitor asked for. */
  private get wanted(): number {
    return Math.min(this.shown, this.sorted.length);
  }

  /** Complete once every card asked for is drawn, not only the first few. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.drawTimer !== undefined) {
      await new Promise((resolve) => setTimeout(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override updated(changed: PropertyValues<this>): void {
    if (this.cards < this.wanted && this.drawTimer === undefined)
      this.drawTimer = setTimeout(() => {
        this.drawTimer = undefined;
        this.requestUpdate();
      });
    if (this.focusFrom !== undefined && changed.has('results')) {
      const first = this.focusFrom;
      this.focusFrom = undefined;
      this.focusCard(first);
    }
    if (changed.has('expandedId') && this.expandedId) {
      const index = this.sorted.findIndex((h) => h.resource.id === this.expandedId);
      if (index >= this.shown) this.shown = index + 1;
      void this.updateComplete.then(() => {
        const card = this.renderRoot.querySelectorAll('rf-resource-card')[index];
        card?.scrollIntoView({ block: 'center' });
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
  }

  /** The number of results. */
  private get count(): number {
    return this.total ?? this.sorted.length;
  }

  private countText(m: Messages): string {
    return m.resultCount(this.count, this.locale.number(this.count));
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText(this.locale.m);
    }, ANNOUNCE_DELAY);
  }

  private onSort(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value as SortOrder;
    this.dispatchEvent(new RfSortChangeEvent({ sort: this.sort }));
  }

  private onEmptySlot(e: Event): void {
    // A slot forwarded by the finder counts only when something reaches it: flattened, empty is empty.
    const nodes = (e.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.ownEmpty = nodes.some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    if (this.paged) {
      // The directory sends the longer list; its first new result is focused when it arrives.
      this.focusFrom = first;
      this.dispatchEvent(new RfShowMoreEvent({ shown: first + this.pageSize }));
      return;
    }
    this.shown += this.pageSize;
    await this.updateComplete;
    this.focusCard(first);
  }

  /** Moves focus to a result's details button, so keyboard users continue where they were. */
  private focusCard(index: number): void {
    const card = this.renderRoot.querySelectorAll<RfResourceCard>('rf-resource-card')[index];
    void card?.updateComplete.then(() => card.focusDetailsButton());
  }

  /** Moves focus to the results heading (after a filter change, for example). */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  override render(): TemplateResult {
    const m = this.locale.m;
    const visible = this.sorted.slice(0, this.shown);
    const remaining = this.count - visible.length;
    return html`
      <section aria-labelledby="results-heading">
        <div class="header row" part="header">
          <div>
            <h2 id="results-heading" class="heading" tabindex="-1">${m.resultsHeading}</h2>
            <p class="count muted" aria-hidden="true">${this.countText(m)}</p>
          </div>
          ${
            this.count > 1
              ? html`<label class="sort"
                  >${m.sortLabel}
                  <select class="control" @change=${this.onSort}>
                    ${SORT_ORDERS.filter((o) => o !== 'distance' || this.origin).map((o) => html`<option value=${o} ?selected=${o === this.sort}>${m.sortOrders[o]}</option>`)}
                  </select></label
                >`
              : nothing
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>
        ${
          this.count === 0
            ? html`<div class="empty" part="empty">
                <slot name="empty" @slotchange=${this.onEmptySlot}></slot>
                ${
                  this.ownEmpty
                    ? nothing
                    : html`<p class="empty-title">${m.emptyTitle}</p>
                        <p class="muted">${m.emptyBody}</p>
                        ${
                          this.hasFilters
                            ? html`<button
                                type="button"
                                class="button primary"
                                @click=${() => this.dispatchEvent(new RfFilterChangeEvent({ filters: {} }))}
                              >
                                ${m.emptyClearFilters}
                              </button>`
                            : nothing
                        }`
                }
              </div>`
            : html`<ul class="list" part="list" role="list">
                ${visible.slice(0, this.cards).map(
                  (hit) =>
                    html`<li>
                      <rf-resource-card
                        .resource=${hit.resource}
                        .terms=${hit.terms}
                        ?expanded=${hit.resource.id === this.expandedId}
                        ?saved=${this.savedIds.includes(hit.resource.id)}
                        stale-after=${this.staleAfter}
                        report-endpoint=${this.reportEndpoint ?? nothing}
                        report-recipient=${this.reportRecipient ?? nothing}
                        .distance=${resourceDistance(hit.resource, this.origin)}
                        .messages=${this.messages}
                        ui-lang=${this.locale.lang}
                      ></rf-resource-card>
                    </li>`,
                )}
              </ul>`
        }
        ${
          remaining > 0
            ? html`<div class="more">
                <button type="button" part="more" class="button" @click=${this.showMore}>
                  ${m.showMore(remaining, this.locale.number(remaining))}
                </button>
              </div>`
            : nothing
        }
      </section>
    `;
  }
}
