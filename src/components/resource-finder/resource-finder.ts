import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Resource } from '../../core/feed/schema.js';
import type { DirectoryLoaded } from '../../core/view/directory.js';
import { ViewStore } from '../../core/view/store.js';
import {
  type RfFilterChangeEvent,
  type RfListChangeEvent,
  type RfOriginChangeEvent,
  type RfQueryChangeEvent,
  type RfReferralRequestEvent,
  type RfResourceSelectEvent,
  type RfSaveToggleEvent,
  type RfShowMoreEvent,
  type RfSortChangeEvent,
} from '../../events.js';
import { DirectoryController } from '../../controllers/directory.js';
import { LocaleController, LocaleProvider } from '../../controllers/locale.js';
import { taxonomyIndex, type TaxonomyIndex } from '../../core/feed/taxonomy.js';
import { FinderCode } from './finder-code.js';
import { whileLoading } from '../../i18n/catalogues.js';
import { didYouMeanNote, quickPicksNav, retryNote } from './notes.js';
import { FinderMap } from './map-part.js';
import { SearchEventsController } from '../../controllers/search-events.js';
import { QuickExitController } from '../../controllers/quick-exit.js';
import { SavedListController } from '../../controllers/saved-list.js';
import { UrlSyncController } from '../../controllers/url-sync.js';
import { baseStyles } from '../shared/base.styles.js';
import type { RfResults } from '../rf-results/rf-results.js';
import type { RfReferralDialog } from '../rf-referral-dialog/rf-referral-dialog.js';
import type { RfNearMe } from '../rf-near-me/rf-near-me.js';
import { FinderProperties } from './resource-finder.properties.js';
import { styles } from './resource-finder.styles.js';

/**
 * The all-in-one directory: loads a feed (from `src`, an inline `<script type="application/json">` child, or the
 * `resources` property), and composes the search box, filters and results.
 *
 * @summary A searchable, filterable directory of community resources.
 * @slot header - Content above the search box (a title, an introduction).
 * @slot empty - Replaces the default "nothing matches" state.
 * @fires rf-feed-load - The feed loaded; detail `{ total, accepted, problems }`.
 * @fires rf-feed-error - The feed could not be shown; detail `{ message, status? }`.
 * @fires rf-search - Results changed after the query or filters changed (by the visitor or by code, not by the URL); detail `{ query, filters, total }`.
 * @fires rf-resource-select - The visitor opened a resource's details; detail `{ id }`.
 * @fires rf-referral-submit - From the referral form (cancelable); detail: the referral.
 * @fires rf-referral-success - From the referral form; detail `{ reference, resourceId }`.
 * @fires rf-referral-error - From the referral form; detail `{ message, retryable }`.
 * @csspart search - The search box.
 * @csspart filters - The filters.
 * @csspart results - The results.
 * @csspart status - The loading and error messages.
 * @csspart problems - The note about a directory loaded in part, and with `show-problems` what in the data could not
 *   be used.
 * @csspart dialog - The referral dialog.
 * @csspart quick-exit - The quick-exit button.
 * @csspart where - The "Near me" controls.
 * @csspart list-toggle - The "My list" button.
 * @csspart list - The "My list" panel.
 * @csspart list-share - The list's sharing options.
 * @csspart crisis - The note for a person in danger now.
 * @csspart did-you-mean - "Did you mean", when nothing matches.
 * @csspart quick-picks - The common needs, before anything is typed.
 * @csspart answer-failed - Said when the directory could not answer the search (a server down), with "Try again".
 * @cssprop --rf-color-accent - Accent colour of buttons, checkboxes and chips.
 * @cssprop --rf-color-text - Text colour.
 * @cssprop --rf-color-background - Background of inputs and buttons.
 * @cssprop --rf-color-surface - Background of cards.
 * @cssprop --rf-radius - Corner radius.
 * @cssprop --rf-spacing - Base spacing.
 * @cssprop --rf-font - Font (inherits the page's by default).
 */
export class ResourceFinder extends FinderProperties {
  static override styles = [baseStyles, styles];

  @query('rf-results') private resultsEl?: RfResults;
  @query('rf-referral-dialog') private dialogEl?: RfReferralDialog;
  @query('rf-near-me') private nearMeEl?: RfNearMe;
  @query('rf-search-box') private searchBoxEl?: HTMLElement;

  private restored = false;

  protected readonly locale = new LocaleController(this);
  private readonly code = new FinderCode(this, this.locale);
  private readonly map = new FinderMap(this);
  @query('.exit-overlay') private overlayEl?: HTMLElement;
  protected readonly quickExitController = new QuickExitController(
    this,
    () => this.quickExit,
    // The page is hidden at once, before the browser even starts to leave, above an open dialog too.
    (on) => {
      const overlay = this.overlayEl;
      if (!overlay?.showPopover) return;
      if (on && !overlay.matches(':popover-open')) overlay.showPopover();
      if (!on && overlay.matches(':popover-open')) overlay.hidePopover();
    },
  );
  private readonly urlSync = new UrlSyncController(
    this,
    this.store,
    () => this.syncUrl && !this.safe,
  );
  protected readonly list = new SavedListController(
    this,
    () => this.feed.directory,
    () => this.persistList && !this.safe,
  );
  protected readonly feed = new DirectoryController(
    this,
    () => this.store.view,
    this,
    (result) => this.onLoaded(result),
  );

  // Fires rf-search once per search the visitor makes (it registers itself with the host).
  protected readonly searches = new SearchEventsController(
    this,
    this.store,
    () => this.feed.answer,
    () => this.feed.status === 'ready',
    () => this.resultsEl,
  );

  constructor() {
    super();
    // Provides the language to every part and follows the element's `lang`.
    new LocaleProvider(
      this,
      (lang) => this.store.update({ lang }),
      () => ({
        lang: this.store.view.lang,
        ...(this.messages ? { overrides: this.messages } : {}),
        ...this.sharedTaxonomy(),
      }),
    );
  }

  /** The feed's taxonomy, from the first records shown while the rest arrives. */
  private sharedTaxonomy(): { taxonomy?: TaxonomyIndex } {
    const terms = this.feedMeta.taxonomy ?? this.feed.directory?.taxonomy;
    return terms ? { taxonomy: taxonomyIndex(terms, this.feedMeta.language) } : {};
  }

  /** Searches for a quick pick, and leaves focus in the search box. */
  private pick(query: string): void {
    this.store.update({ query, shown: this.pageSize }, 'visitor');
    void this.updateComplete.then(() => this.searchBoxEl?.focus());
  }

  /** Asks the browser for the visitor's position (what "Near me" does), then sorts by distance. */
  locate(): void {
    void this.code.elements.load().then(
      () => this.nearMeEl?.locate(),
      () => undefined, // the finder says that its results' file could not arrive
    );
  }

  /** Moves focus to the results heading. */
  focusResults(): void {
    this.resultsEl?.focusHeading();
  }

  /** What is drawn from the directory waits for its code once the directory is ready (see `FinderCode`). */
  protected override get updateWaitsFor(): Promise<unknown> | undefined {
    const ready = this.feed.status === 'ready' || this.feed.partial;
    return whileLoading(super.updateWaitsFor, this.code.waitFor(ready, this.store.view.query));
  }

  /**
   * Resolves when what is shown follows the view: the directory has answered and the answer is rendered, with the
   * crisis note when the query says a person is in danger.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.code.waitFor(true, this.store.view.query);
    let done = await super.getUpdateComplete();
    const tasks = [this.feed.answer, this.list.resources];
    while (tasks.some((t) => t.status === TaskStatus.PENDING)) {
      await Promise.all(tasks.map((t) => t.taskComplete.catch(() => undefined)));
      done = await super.getUpdateComplete();
    }
    await this.resultsEl?.updateComplete;
    return done;
  }

  /**
   * The first render waits for the next task: the drop-in's code is evaluated in one task and the finder drawn in
   * another, so neither holds the page for long (together they made one task of 60 to 80 ms).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    await super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A visitor about to type: the needs vocabulary (suggestions, the words of danger) is on its way before a word is.
    this.addEventListener('focusin', this.code.prepareSearch, { once: true });
    this.code.elements.load().catch(() => undefined);
    if (!this.src && !this.api && !this.resources && this.feed.status === 'idle') this.reload();
  }

  /** What the directory's status says: the maintainer's notes, search being prepared, or nothing (it is hidden). */
  private statusNotes() {
    const { loaded, status, error } = this.feed;
    // Notes for the maintainer only where the host asks for them; a feed with nothing to show says why, always.
    const problems = loaded ? (this.showProblems ? loaded.problems : []) : (error?.problems ?? []);
    const preparing = status === 'ready' && this.feed.indexing && !!this.store.view.query.trim();
    const quiet = status === 'ready' && !preparing && !problems.length && !loaded?.incomplete;
    return { problems, preparing, quiet };
  }

  /** Set when focus was in the status (on "Stop loading") as it goes quiet: focus then goes to the results. */
  private focusLeavesStatus = false;

  override updated(): void {
    if (!this.focusLeavesStatus) return;
    this.focusLeavesStatus = false;
    void this.updateComplete.then(() => this.focusResults());
  }

  override willUpdate(changed: PropertyValues): void {
    this.focusLeavesStatus ||=
      this.statusNotes().quiet && this.shadowRoot?.activeElement?.localName === 'rf-feed-status';
    if (changed.has('resources') && this.resources)
      void this.feed.load({ records: this.resources });
    if (changed.has('api') && this.api && !this.resources) void this.feed.load({ api: this.api });
    else if (changed.has('src') && this.src && !this.api && !this.resources)
      void this.feed.load({ url: this.src });
    if (changed.has('pageSize') && this.store.view.shown < this.pageSize)
      this.store.update({ shown: this.pageSize });
  }

  /** The view (and a shared list) in the URL is read once, when the first feed is ready. */
  private async onLoaded(result: DirectoryLoaded): Promise<void> {
    if (this.restored || this.safe) return;
    this.restored = true;
    await this.list.addShared(location.search, result.directory);
    this.urlSync.restore();
  }

  private onReferralRequest(e: RfReferralRequestEvent): void {
    const opener = e.composedPath()[0] as HTMLElement;
    // The drop-in registers the dialog when first asked for (its own file): wait for it.
    const show = (r?: Resource) =>
      r &&
      customElements.whenDefined('rf-referral-dialog').then(() => this.dialogEl?.show(r, opener));
    if (e.detail.resource) void show(e.detail.resource);
    else void this.feed.directory?.lookup([e.detail.id]).then(([r]) => show(r));
  }

  private onOriginChange({ detail: { origin, radius } }: RfOriginChangeEvent): void {
    // A newly shared position orders the results by distance; forgetting it goes back to relevance.
    const sort = origin && !this.store.view.origin ? { sort: 'distance' as const } : {};
    this.store.update({ origin, radius, ...sort }, 'visitor');
  }

  private readonly onFilters = (e: RfFilterChangeEvent): void => {
    // Focus stays on the filter the visitor used (WCAG 3.2.2: no change of context on input); the new count is
    // announced by the results' polite live region.
    this.store.update({ filters: e.detail.filters, shown: this.pageSize }, 'visitor');
  };

  override render(): TemplateResult {
    const { lang, dir, m } = this.locale;
    const { loaded, status, error, progress } = this.feed;
    const ready = status === 'ready';
    const answer = this.feed.answer.value;
    const view = this.store.view;
    const visit = (patch: Parameters<ViewStore['update']>[0]) =>
      this.store.update(patch, 'visitor');
    const { problems, preparing, quiet } = this.statusNotes();
    return html`<div class="root" dir=${dir} lang=${lang}>
      ${
        this.quickExitController.url
          ? html`<button
                type="button"
                part="quick-exit"
                class="quick-exit"
                @click=${() => this.exit()}
              >
                <span class="quick-exit-label">${m.quickExit}</span>
                <span class="quick-exit-hint">${m.quickExitHint}</span>
              </button>
              <p class="visually-hidden" role="status" aria-live="polite">
                ${
                  this.quickExitController.exiting
                    ? m.quickExitLeaving
                    : this.quickExitController.remaining
                      ? m.quickExitPresses(this.quickExitController.remaining)
                      : ''
                }
              </p>
              <div class="exit-overlay" popover="manual" aria-hidden="true"></div>`
          : nothing
      }
      <div class="finder">
        <slot name="header"></slot>
        <rf-search-box
          part="search"
          .value=${view.query}
          .suggestions=${answer ? this.code.suggestions(view.query, answer, this.sharedTaxonomy().taxonomy) : []}
          @rf-query-change=${(e: RfQueryChangeEvent) => visit({ query: e.detail.query, shown: this.pageSize })}
        ></rf-search-box>
        ${(ready || this.feed.partial) && answer ? this.code.crisis(view.query, answer.hits, this.emergencyNumber) : nothing}
        ${answer?.didYouMean ? didYouMeanNote(m, answer.didYouMean, (q) => this.pick(q)) : nothing}
        ${this.feed.answerFailed ? retryNote(m, m.answerFailed, () => this.feed.retryAnswer()) : nothing}
        ${ready && this.code.elements.failed ? retryNote(m, m.partsFailed, () => void this.code.elements.load().catch(() => undefined)) : nothing}
        ${ready && !view.query.trim() && Object.keys(view.filters).length === 0 ? quickPicksNav(m, m.quickPicks, (q) => this.pick(q)) : nothing}
        ${
          ready
            ? html`<div class="tools row">
                <rf-near-me
                  part="where"
                  position-sent-to=${this.positionSentTo ?? nothing}
                  .origin=${view.origin}
                  radius=${view.radius}
                  @rf-origin-change=${this.onOriginChange}
                ></rf-near-me>
                ${this.map.button(m, this)}
                <rf-my-list
                  exportparts="list-toggle, list, list-share"
                  .resources=${this.list.resources.value ?? []}
                  ?open=${this.list.open}
                  @rf-list-change=${(e: RfListChangeEvent) => this.list.set(e.detail.ids)}
                ></rf-my-list>
              </div>`
            : nothing
        }
        <rf-feed-status
          exportparts="status, problems"
          state=${status}
          .progress=${progress}
          .error=${error}
          .problems=${problems}
          total=${loaded?.total ?? 0}
          rejected=${loaded ? loaded.total - loaded.directory.size - loaded.hidden : 0}
          .incomplete=${loaded?.incomplete}
          ?preparing=${preparing}
          ?hidden=${quiet}
          @rf-retry=${() => this.reload()}
          @rf-load-stop=${() => this.feed.stop()}
        ></rf-feed-status>
        ${this.map.panel(this, answer, view, m, visit, this.feed.directory?.searchesAreas !== false)}
        ${
          (ready || this.feed.partial) && answer
            ? html`<div class="layout">
                <rf-filters
                  part="filters"
                  class="filters"
                  .value=${view.filters}
                  .facets=${answer.facets}
                  total=${answer.total}
                  @rf-filter-change=${this.onFilters}
                  @rf-show-results=${() => this.focusResults()}
                ></rf-filters>
                <rf-results
                  part="results"
                  class="results"
                  .results=${answer.hits}
                  .total=${answer.total}
                  sort=${view.sort}
                  .origin=${view.origin}
                  page-size=${this.pageSize}
                  ?has-filters=${Object.keys(view.filters).length > 0}
                  @rf-sort-change=${(e: RfSortChangeEvent) => visit({ sort: e.detail.sort })}
                  @rf-filter-change=${this.onFilters}
                  @rf-referral-request=${this.onReferralRequest}
                  @rf-resource-select=${(e: RfResourceSelectEvent) => visit({ open: e.detail.id })}
                  @rf-save-toggle=${(e: RfSaveToggleEvent) => this.list.toggle(e.detail.id, e.detail.saved)}
                  @rf-show-more=${(e: RfShowMoreEvent) => visit({ shown: e.detail.shown })}
                  .savedIds=${this.list.ids}
                  stale-after=${this.staleAfter}
                  report-endpoint=${this.reportsTo ?? nothing}
                  report-recipient=${this.reportRecipient ?? nothing}
                  .expandedId=${view.open}
                >
                  <slot name="empty" slot="empty"></slot>
                </rf-results>
              </div>`
            : nothing
        }
        <rf-referral-dialog
          exportparts="dialog"
          endpoint=${this.referralEndpoint ?? nothing}
          copy-kept-by=${this.referralCopyKeptBy ?? nothing}
          ?no-copy-kept=${this.referralNoCopyKept}
        ></rf-referral-dialog>
      </div>
    </div>`;
  }
}
