import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resourceSteps, type FeedProblem, type FeedResult } from '../../core/feed/records.js';
import type { FeedFormat } from '../../core/hsds/mapping.js';
import { withinRadius, type LatLng } from '../../core/filters/distance.js';
import { loadFeed } from '../../core/edge/load-feed.js';
import { feedOutcome, parseFeedText, type FeedError, type FeedLoad } from '../../core/feed/read.js';
import {
  FacetIndex,
  facetIndexSteps,
  type Facets,
  type FilterState,
  type SortOrder,
} from '../../core/filters/facets.js';
import { runStepsInSlices } from '../../core/edge/slices.js';
import type { FeedMeta, Resource } from '../../core/feed/schema.js';
import { createSearchEngine } from '../../core/edge/create-engine.js';
import {
  DEFAULT_WORKER_THRESHOLD,
  type SearchEngine,
  type SearchHit,
} from '../../core/search/word-index.js';
import {
  RfFeedErrorEvent,
  RfFeedLoadEvent,
  RfSearchEvent,
  type RfFilterChangeEvent,
  type RfQueryChangeEvent,
  type RfReferralRequestEvent,
  type RfResourceSelectEvent,
  type RfSaveToggleEvent,
  type RfSortChangeEvent,
} from '../../events.js';
import { isRtl, messagesFor, type Messages } from '../../i18n/index.js';
import { tripleKeyDetector } from '../../core/safety/triple-key.js';
import { decodeUrlState, encodeUrlState } from '../../core/view/url-state.js';
import { loadList, sharedListIds, storeList } from '../../core/list/my-list.js';
import { printResources, shareData, shareNatively, sharePanel } from '../shared/share.js';
import { baseStyles } from '../shared/base.styles.js';
import { uiLanguage } from '../shared/lang.js';
import type { RfResults } from '../rf-results/rf-results.js';
import { styles } from './resource-finder.styles.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Share of the progress bar for checking records; the rest is numbering their filter options. */
const CHECKING_SHARE = 0.75;

/**
 * The all-in-one directory: loads a feed (from `src`, an inline `<script type="application/json">` child, or the
 * `resources` property), and composes the search box, filters and results.
 *
 * @summary A searchable, filterable directory of community resources.
 * @slot header - Content above the search box (a title, an introduction).
 * @slot empty - Replaces the default "nothing matches" state.
 * @fires rf-feed-load - The feed loaded; detail `{ total, accepted, problems }`.
 * @fires rf-feed-error - The feed could not be shown; detail `{ message, status? }`.
 * @fires rf-search - Results changed after the visitor searched or filtered; detail `{ query, filters, total }`.
 * @fires rf-resource-select - The visitor opened a resource's details; detail `{ id }`.
 * @fires rf-referral-submit - From the referral form (cancelable); detail: the referral.
 * @fires rf-referral-success - From the referral form; detail `{ reference, resourceId }`.
 * @fires rf-referral-error - From the referral form; detail `{ message, retryable }`.
 * @csspart search - The search box.
 * @csspart filters - The filters.
 * @csspart results - The results.
 * @csspart status - The loading and error messages.
 * @csspart problems - The note about records that could not be shown.
 * @csspart dialog - The referral dialog.
 * @csspart quick-exit - The quick-exit button.
 * @csspart where - The "Near me" controls.
 * @csspart list-toggle - The "My list" button.
 * @csspart list - The "My list" panel.
 * @csspart list-share - The list's sharing options.
 * @cssprop --rf-color-accent - Accent colour of buttons, checkboxes and chips.
 * @cssprop --rf-color-text - Text colour.
 * @cssprop --rf-color-background - Background of inputs and buttons.
 * @cssprop --rf-color-surface - Background of cards.
 * @cssprop --rf-radius - Corner radius.
 * @cssprop --rf-spacing - Base spacing.
 * @cssprop --rf-font - Font (inherits the page's by default).
 */
export class ResourceFinder extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of the feed (JSON). Changing it cancels the previous request. */
  @property() src?: string;

  /** Milliseconds before a feed request is given up. */
  @property({ type: Number }) timeout = 15000;

  /** Feed format: `auto` (recognize it), `native`, or `hsds` (Open Referral HSDS 3.0). */
  @property() format: FeedFormat = 'auto';

  /** Most pages of a paged HSDS API to load. */
  @property({ type: Number, attribute: 'max-pages' }) maxPages = 20;

  /** Results rendered before "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * From this many resources up, search is indexed and run in a Web Worker, so typing never waits on it.
   * `Infinity` keeps it in the page. Takes effect at the next feed.
   */
  @property({ type: Number, attribute: 'worker-threshold' }) workerThreshold =
    DEFAULT_WORKER_THRESHOLD;

  /** Initial sort order: `relevance`, `name` or `verified`. */
  @property() sort: SortOrder = 'relevance';

  /** The search query. */
  @property() query = '';

  /** Resource records given directly; validated like a feed's. */
  @property({ attribute: false }) resources?: unknown[];

  /** Selected filters. */
  @property({ attribute: false }) filters: FilterState = {};

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /**
   * A neutral site (http or https) to leave for at once: shows a "Quick exit" button that stays on screen, and three
   * presses of Shift do the same. Uses `location.replace`, so Back does not return here. It cannot erase history that
   * was already written before the visitor arrived, nor the browser's record of having visited this site.
   */
  @property({ attribute: 'quick-exit' }) quickExit?: string;

  /**
   * Safe mode: nothing written to storage, no history entries, no URL state. On by default when `quick-exit` is set;
   * `safe-mode="off"` turns it off explicitly.
   */
  @property({ attribute: 'safe-mode' }) safeMode?: string;

  /** The visitor's position (set by "Near me", or by the host). Used for distances; never sent anywhere. */
  @property({ attribute: false }) origin?: LatLng;

  /** With a position: keep resources within this many kilometres (0: any distance). */
  @property({ type: Number }) radius = 0;

  /**
   * Keeps the query, filters, sort and open resource in the URL (with `history.replaceState`, so Back is not
   * flooded), so a link can be shared and a reload restores the view. Off in safe mode.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Months after which a resource's "last verified" date is flagged "may be out of date" (0: never). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 12;

  /** Keeps "My list" in localStorage between visits (never in safe mode). Without it the list lives in memory only. */
  @property({ type: Boolean, attribute: 'persist-list' }) persistList = false;

  /** Receives referrals for resources that accept them but name no endpoint of their own. */
  @property({ attribute: 'referral-endpoint' }) referralEndpoint?: string;

  /** The resource whose referral form is open. */
  @state() private referralFor?: Resource;
  private referralOpener?: HTMLElement;

  @state() private status: Status = 'idle';
  @state() private error?: FeedError;
  @state() private problems: FeedProblem[] = [];
  @state() private recordCount = 0;
  @state() private hiddenCount = 0;
  @state() private hits: SearchHit[] = [];
  @state() private valid: Resource[] = [];
  @state() private meta: FeedMeta = {};
  @state() private progress?: { page: number; totalPages: number };
  /** How far a large feed's checking (0 to 1) has got, while it runs. */
  @state() private checking?: number;
  /** True while the search index of a large feed is being built; queries wait for it. */
  @state() private indexing = false;
  @state() private locating: 'idle' | 'busy' | 'error' = 'idle';
  @state() private openId?: string;
  @state() private savedIds: string[] = [];
  @state() private listOpen = false;
  @state() private listSharing = false;
  @state() private listCopied = false;
  private restored = false;
  @state() private incomplete?: FeedResult['incomplete'];

  @query('rf-results') private resultsEl?: RfResults;

  private engine?: SearchEngine;
  private controller?: AbortController;
  private searchRun = 0;
  private applyRun = 0;
  private filtered: SearchHit[] = [];
  private facets?: Facets;
  /** Filters and facet counts over the loaded resources (built on first use for each feed). */
  private facetIndex?: FacetIndex;

  /** Valid resources of the loaded feed. */
  get loadedResources(): readonly Resource[] {
    return this.valid;
  }

  /** Title, publisher, updated date and language of the loaded feed. */
  get feedMeta(): FeedMeta {
    return this.meta;
  }

  /** The results shown now (after query and filters, before sorting and paging). */
  get results(): readonly SearchHit[] {
    return this.filtered;
  }

  /** Whether safe mode is on: set explicitly, or implied by quick exit. */
  get safe(): boolean {
    if (this.safeMode === 'off' || this.safeMode === 'false') return false;
    return this.safeMode !== undefined || !!this.quickExitUrl;
  }

  /** The quick-exit URL, resolved against the page; only http and https are accepted. */
  private get quickExitUrl(): string | undefined {
    if (!this.quickExit) return undefined;
    try {
      const url = new URL(this.quickExit, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** Leaves for the quick-exit site, replacing this page in the history. */
  exit(): void {
    const url = this.quickExitUrl;
    if (url) location.replace(url);
  }

  private readonly detectTripleShift = tripleKeyDetector();
  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (this.quickExitUrl && this.detectTripleShift(e.key, e.timeStamp, e.repeat)) this.exit();
  };

  /** Ids in the visitor's list. */
  get saved(): readonly string[] {
    return this.savedIds;
  }

  private setSaved(ids: string[]): void {
    this.savedIds = ids;
    if (this.persistList && !this.safe) storeList(localStorage, ids);
  }

  private onSaveToggle(e: RfSaveToggleEvent): void {
    const { id, saved } = e.detail;
    this.setSaved(
      saved ? [...new Set([...this.savedIds, id])] : this.savedIds.filter((x) => x !== id),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.persistList && !this.safe && !this.savedIds.length)
      this.savedIds = loadList(localStorage);
    window.addEventListener('keydown', this.onKeydown, true);
    if (!this.src && !this.resources && this.status === 'idle') this.loadInline();
    if (this.status === 'ready' && !this.engine) this.startEngine();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeydown, true);
    this.controller?.abort();
    // A worker holds the index: let it go with the element; it is built again if the element comes back.
    this.engine?.dispose?.();
    this.engine = undefined;
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('referralFor') && this.referralFor) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    }
  }

  private onReferralRequest(e: RfReferralRequestEvent): void {
    this.referralOpener = e.composedPath()[0] as HTMLElement;
    this.referralFor = this.valid.find((r) => r.id === e.detail.id);
  }

  private onDialogClose(): void {
    this.referralFor = undefined;
    // Back to the button that opened the form.
    this.referralOpener?.focus();
  }

  private renderReferralDialog(m: Messages): TemplateResult {
    const r = this.referralFor;
    const recipient = r ? (r.organization ?? r.name) : '';
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onDialogClose}
    >
      ${
        r
          ? html`<div class="dialog-head">
                <h2 id="dialog-title">${m.referral.title(recipient)}</h2>
                <button
                  type="button"
                  class="button"
                  @click=${() => this.renderRoot.querySelector('dialog')?.close()}
                >
                  ${m.referral.close}
                </button>
              </div>
              <rf-referral-form
                .resource=${r}
                .messages=${this.messages}
                endpoint=${r.referral?.endpoint ?? this.referralEndpoint ?? nothing}
                ui-lang=${uiLanguage(this, this.lang)}
              ></rf-referral-form>`
          : nothing
      }
    </dialog>`;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('resources') && this.resources) void this.checkRecords(this.resources);
    if (changed.has('src') && this.src && !this.resources) void this.loadFrom(this.src);
    if (
      changed.has('hits') ||
      changed.has('filters') ||
      changed.has('origin') ||
      changed.has('radius')
    ) {
      const now = new Date();
      const index = (this.facetIndex ??= new FacetIndex(this.valid));
      const filtered = index.filter(this.hits, this.filters, now);
      this.filtered =
        this.origin && this.radius > 0
          ? withinRadius(filtered, this.origin, this.radius)
          : filtered;
      this.facets = index.facets(this.hits, this.filters, now);
    }
  }

  /** Loads the feed again from where it came from (what the Retry button does). */
  reload(): void {
    if (this.resources) this.requestUpdate('resources');
    else if (this.src) void this.loadFrom(this.src);
    else this.loadInline();
  }

  private loadInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    void this.apply(parseFeedText(script.textContent ?? '', this.format));
  }

  /** Checks records given as the `resources` property, in slices with progress when there are many. */
  private async checkRecords(records: unknown[]): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    let parsed;
    try {
      parsed = await runStepsInSlices(
        resourceSteps(records),
        (fraction) => {
          this.status = 'loading';
          this.checking = CHECKING_SHARE * fraction;
        },
        controller.signal,
      );
    } catch (e) {
      if (controller.signal.aborted) return; // newer records came meanwhile
      throw e;
    }
    await this.apply(feedOutcome({ meta: {}, ...parsed, total: records.length }));
  }

  private async loadFrom(src: string): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.progress = undefined;
    this.checking = undefined;
    const result = await loadFeed(src, {
      signal: controller.signal,
      timeout: this.timeout,
      format: this.format,
      maxPages: this.maxPages,
      onProgress: (progress) => {
        if (!controller.signal.aborted) this.progress = progress;
      },
      onChecking: (fraction) => {
        if (!controller.signal.aborted) this.checking = CHECKING_SHARE * fraction;
      },
    });
    if (controller.signal.aborted) return;
    await this.apply(result);
  }

  private async apply(result: FeedLoad): Promise<void> {
    const run = ++this.applyRun;
    if (!result.ok) {
      this.checking = undefined;
      if (result.aborted) return;
      this.status = 'error';
      this.error = result.error;
      this.problems = result.error.problems ?? [];
      this.valid = [];
      this.facetIndex = undefined;
      this.engine?.dispose?.();
      this.engine = undefined;
      this.hits = [];
      this.dispatchEvent(
        new RfFeedErrorEvent({
          message: result.error.message,
          ...(result.error.status !== undefined ? { status: result.error.status } : {}),
        }),
      );
      return;
    }
    // Number the filter options before showing anything: a large feed's facets then cost little per keystroke.
    const facetIndex = await runStepsInSlices(facetIndexSteps(result.resources), (fraction) => {
      if (run === this.applyRun) this.checking = CHECKING_SHARE + (1 - CHECKING_SHARE) * fraction;
    });
    if (run !== this.applyRun) return; // a newer feed came meanwhile
    this.checking = undefined;
    this.status = 'ready';
    this.error = undefined;
    this.incomplete = result.incomplete;
    this.valid = result.resources;
    this.facetIndex = facetIndex;
    this.meta = result.meta;
    this.problems = result.problems;
    this.recordCount = result.total;
    this.hiddenCount = result.hidden ?? 0;
    this.startEngine();
    this.restoreFromUrl();
    this.dispatchEvent(
      new RfFeedLoadEvent({
        total: result.total,
        accepted: result.resources.length,
        problems: result.problems,
      }),
    );
    void this.runSearch(false);
  }

  /** Indexes the valid resources (in a worker for a large feed) in place of the previous index. */
  private startEngine(): void {
    this.engine?.dispose?.();
    const engine = (this.engine = createSearchEngine(this.valid, {
      workerThreshold: this.workerThreshold,
    }));
    if (!engine.ready) return;
    this.indexing = true;
    void engine.ready.then(() => {
      if (engine === this.engine) this.indexing = false;
    });
  }

  private async runSearch(announce: boolean): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    const run = ++this.searchRun;
    const query = this.query;
    let hits: SearchHit[];
    try {
      hits = await engine.search(query);
    } catch (e) {
      // Replaced by a newer query before it was run: that one's results will show.
      if ((e as Error).name === 'AbortError') return;
      throw e;
    }
    // A newer query (or feed) has started: never show stale results.
    if (run !== this.searchRun || engine !== this.engine) return;
    this.hits = hits;
    if (announce) {
      await this.updateComplete;
      this.dispatchEvent(
        new RfSearchEvent({ query, filters: this.filters, total: this.filtered.length }),
      );
    }
  }

  /** Reads the view from the URL, once, when the first feed is ready. */
  private restoreFromUrl(): void {
    if (this.restored || this.safe) return;
    this.restored = true;
    const shared = sharedListIds(location.search).filter((id) =>
      this.valid.some((r) => r.id === id),
    );
    if (shared.length) {
      this.savedIds = [...new Set([...this.savedIds, ...shared])];
      this.listOpen = true;
    }
    if (!this.syncUrl) return;
    const state = decodeUrlState(location.search);
    if (state.query) this.query = state.query;
    if (Object.keys(state.filters).length) this.filters = state.filters;
    if (state.sort) this.sort = state.sort;
    if (state.open) this.openId = state.open;
  }

  /** Writes the view into the URL without adding a history entry. */
  private writeUrl(): void {
    if (!this.syncUrl || this.safe) return;
    const search = encodeUrlState(
      {
        query: this.query,
        filters: this.filters,
        sort: this.sort,
        ...(this.openId ? { open: this.openId } : {}),
      },
      location.search,
    );
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private onSelect(e: RfResourceSelectEvent): void {
    this.openId = e.detail.id;
    this.writeUrl();
  }

  private onQuery(e: RfQueryChangeEvent): void {
    e.stopPropagation();
    this.query = e.detail.query;
    void this.runSearch(true);
    this.writeUrl();
  }

  private async onFilters(e: RfFilterChangeEvent): Promise<void> {
    this.filters = e.detail.filters;
    this.writeUrl();
    await this.updateComplete;
    // Tell keyboard and screen-reader users where the change landed: on the results heading (sorting leaves focus put).
    await this.resultsEl?.updateComplete;
    this.resultsEl?.focusHeading();
    this.dispatchEvent(
      new RfSearchEvent({ query: this.query, filters: this.filters, total: this.filtered.length }),
    );
  }

  private onSort(e: RfSortChangeEvent): void {
    this.sort = e.detail.sort;
    this.writeUrl();
  }

  private renderStatus(m: Messages): TemplateResult | typeof nothing {
    if (this.status === 'loading' || this.status === 'idle') {
      return html`<div class="status loading" part="status" role="status">
        <span class="spinner" aria-hidden="true"></span>
        <span
          >${
            this.checking !== undefined
              ? m.checking(
                  new Intl.NumberFormat(uiLanguage(this, this.lang), { style: 'percent' }).format(
                    this.checking,
                  ),
                )
              : this.progress
                ? m.loadingPage(this.progress.page, this.progress.totalPages)
                : m.loading
          }</span
        >
      </div>`;
    }
    if (this.status === 'error' && this.error) {
      return html`<div class="status error" part="status" role="alert">
        <p class="error-title">${m.loadError[this.error.kind]}</p>
        <p class="muted small">${m.loadErrorDetail[this.error.kind](this.error.params)}</p>
        ${this.renderProblemList(m)}
        <button type="button" class="button primary" @click=${() => this.reload()}>
          ${m.retry}
        </button>
      </div>`;
    }
    return nothing;
  }

  private renderProblemList(m: Messages): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<details class="problem-list">
      <summary>${m.problemsShow}</summary>
      <ul>
        ${this.problems.slice(0, 200).map((p) => {
          const record = p.index < 0 ? 'feed' : `#${p.index}${p.id ? ` (${p.id})` : ''}`;
          return html`<li>${m.problemLine(record, p.path, p.message)}</li>`;
        })}
      </ul>
    </details>`;
  }

  override render(): TemplateResult {
    const lang = uiLanguage(this, this.lang);
    const m = messagesFor(lang, this.messages);
    const rejected = this.recordCount - this.valid.length - this.hiddenCount;
    const ready = this.status === 'ready';
    return html`<div class="root" dir=${isRtl(lang) ? 'rtl' : 'ltr'} lang=${lang}>
      ${
        this.quickExitUrl
          ? html`<button
              type="button"
              part="quick-exit"
              class="quick-exit"
              @click=${() => this.exit()}
            >
              <span class="quick-exit-label">${m.quickExit}</span>
              <span class="quick-exit-hint">${m.quickExitHint}</span>
            </button>`
          : nothing
      }
      <div class="finder">
        <slot name="header"></slot>
        <rf-search-box
          part="search"
          ui-lang=${lang}
          .value=${this.query}
          .messages=${this.messages}
          @rf-query-change=${this.onQuery}
        ></rf-search-box>
        ${ready ? html`<div class="tools">${this.renderWhere(m)}${this.renderList(m)}</div>` : nothing}
        ${this.renderStatus(m)}
        ${
          ready && this.indexing && this.query.trim()
            ? html`<p class="status muted small" part="status" role="status">
                ${m.preparingSearch}
              </p>`
            : nothing
        }
        ${
          ready && this.problems.length
            ? html`<div class="problems" part="problems">
                ${this.incomplete ? html`<p><strong>${m.incomplete(this.incomplete.loadedPages, this.incomplete.totalPages)}</strong></p>` : nothing}
                ${rejected > 0 ? html`<p>${m.problemsSummary(rejected, this.recordCount)}</p>` : nothing}
                ${rejected === 0 && !this.incomplete ? html`<p>${m.problemsMinor(this.problems.length)}</p>` : nothing}
                ${this.renderProblemList(m)}
              </div>`
            : nothing
        }
        ${
          ready
            ? html`<div class="layout">
                <rf-filters
                  part="filters"
                  class="filters"
                  .value=${this.filters}
                  .facets=${this.facets}
                  .messages=${this.messages}
                  ui-lang=${lang}
                  @rf-filter-change=${this.onFilters}
                ></rf-filters>
                <rf-results
                  part="results"
                  class="results"
                  .results=${this.filtered}
                  .messages=${this.messages}
                  sort=${this.sort}
                  .origin=${this.origin}
                  page-size=${this.pageSize}
                  ui-lang=${lang}
                  ?has-filters=${Object.keys(this.filters).length > 0}
                  @rf-sort-change=${this.onSort}
                  @rf-filter-change=${this.onFilters}
                  @rf-referral-request=${this.onReferralRequest}
                  @rf-resource-select=${this.onSelect}
                  @rf-save-toggle=${this.onSaveToggle}
                  .savedIds=${this.savedIds}
                  stale-after=${this.staleAfter}
                  .expandedId=${this.openId}
                >
                  <slot name="empty" slot="empty"><span hidden></span></slot>
                </rf-results>
              </div>`
            : nothing
        }
        ${this.renderReferralDialog(m)}
      </div>
    </div>`;
  }

  /** Asks the browser for the visitor's position (only now, on their request), then sorts by distance. */
  locate(): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'error';
      return;
    }
    this.locating = 'busy';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        this.sort = 'distance';
        this.locating = 'idle';
      },
      () => (this.locating = 'error'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private forgetPosition(): void {
    this.origin = undefined;
    this.radius = 0;
    if (this.sort === 'distance') this.sort = 'relevance';
  }

  private renderList(m: Messages): TemplateResult {
    const lang = uiLanguage(this, this.lang);
    const items = this.savedIds
      .map((id) => this.valid.find((r) => r.id === id))
      .filter((r): r is Resource => !!r);
    const share = this.listSharing && items.length ? shareData(items, m) : undefined;
    return html`<div class="my-list">
      <button
        type="button"
        class="button"
        part="list-toggle"
        aria-expanded=${String(this.listOpen)}
        aria-controls="my-list"
        @click=${() => (this.listOpen = !this.listOpen)}
      >
        ${m.list.myList(items.length)}
      </button>
      <section
        id="my-list"
        part="list"
        class="list-panel"
        aria-labelledby="my-list-heading"
        ?hidden=${!this.listOpen}
      >
        <h2 id="my-list-heading">${m.list.heading}</h2>
        ${
          items.length
            ? html`<ul role="list">
                  ${items.map(
                    (r) =>
                      html`<li>
                        <span dir="auto">${r.name}</span>
                        <button
                          type="button"
                          class="link-button"
                          @click=${() => this.setSaved(this.savedIds.filter((x) => x !== r.id))}
                        >
                          ${m.list.remove}<span class="visually-hidden">: ${r.name}</span>
                        </button>
                      </li>`,
                  )}
                </ul>
                <div class="list-actions">
                  <button
                    type="button"
                    class="button"
                    @click=${() => printResources(items, m, lang, isRtl(lang) ? 'rtl' : 'ltr')}
                  >
                    ${m.list.printList}
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-expanded=${String(this.listSharing)}
                    @click=${() => this.shareList(items, m)}
                  >
                    ${m.list.shareList}
                  </button>
                  <button type="button" class="button" @click=${() => this.setSaved([])}>
                    ${m.list.clearList}
                  </button>
                </div>
                ${
                  share
                    ? sharePanel(share, m, {
                        className: 'list-share',
                        part: 'list-share',
                        copied: this.listCopied,
                        onCopied: (copied) => (this.listCopied = copied),
                      })
                    : nothing
                }`
            : html`<p class="muted">${m.list.empty}</p>`
        }
      </section>
    </div>`;
  }

  private async shareList(items: Resource[], m: Messages): Promise<void> {
    if (await shareNatively(items, m)) return;
    this.listCopied = false;
    this.listSharing = !this.listSharing;
  }

  private renderWhere(m: Messages): TemplateResult {
    const status =
      this.locating === 'busy'
        ? m.nearMeBusy
        : this.locating === 'error'
          ? m.nearMeError
          : this.origin
            ? m.nearMeActive
            : '';
    return html`<div class="where" part="where">
      <button
        type="button"
        class="button"
        aria-describedby="where-status"
        ?disabled=${this.locating === 'busy'}
        @click=${() => this.locate()}
      >
        <svg class="pin" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"></path>
          <circle cx="12" cy="9.5" r="2.5"></circle>
        </svg>
        ${m.nearMe}
      </button>
      ${
        this.origin
          ? html`<label class="radius"
                >${m.radius}
                <select
                  class="control"
                  @change=${(e: Event) => (this.radius = Number((e.target as HTMLSelectElement).value))}
                >
                  <option value="0" ?selected=${this.radius === 0}>${m.radiusAny}</option>
                  ${[1, 2, 5, 10, 25, 50].map((km) => html`<option value=${km} ?selected=${this.radius === km}>${new Intl.NumberFormat(uiLanguage(this, this.lang), { style: 'unit', unit: 'kilometer' }).format(km)}</option>`)}
                </select></label
              >
              <button type="button" class="link-button" @click=${() => this.forgetPosition()}>
                ${m.forgetPosition}
              </button>`
          : nothing
      }
      <p id="where-status" class="where-status muted" role="status">${status}</p>
    </div>`;
  }

  /** Moves focus to the results heading. */
  focusResults(): void {
    this.resultsEl?.focusHeading();
  }
}
