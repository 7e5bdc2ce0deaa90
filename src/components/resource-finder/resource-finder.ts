import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { FeedError } from '../../core/feed/read.js';
import type { FeedMeta, Resource } from '../../core/feed/schema.js';
import type { FeedFormat } from '../../core/hsds/mapping.js';
import type { LatLng } from '../../core/filters/distance.js';
import type { FilterState, SortOrder } from '../../core/filters/facets.js';
import type {
  Directory,
  DirectoryLoaded,
  DirectorySource,
  LoadProgress,
} from '../../core/view/directory.js';
import { ViewStore } from '../../core/view/store.js';
import type { ViewPatch } from '../../core/view/view.js';
import { loadPageDirectory, PageDirectory } from '../../core/edge/page-directory.js';
// After the directory: the page's search index then sits right before the worker's inlined copy of it (gzip).
import { DEFAULT_WORKER_THRESHOLD, type SearchHit } from '../../core/search/word-index.js';
import { loadList, sharedListIds, storeList } from '../../core/list/my-list.js';
import {
  RfFeedErrorEvent,
  RfFeedLoadEvent,
  RfSearchEvent,
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
import type { Messages } from '../../i18n/index.js';
import {
  LocaleController,
  localeContext,
  uiLanguage,
  type Locale,
} from '../../controllers/locale.js';
import { QuickExitController } from '../../controllers/quick-exit.js';
import { UrlSyncController } from '../../controllers/url-sync.js';
import { baseStyles } from '../shared/base.styles.js';
import type { RfResults } from '../rf-results/rf-results.js';
import type { RfReferralDialog } from '../rf-referral-dialog/rf-referral-dialog.js';
import { styles } from './resource-finder.styles.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

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

  /** The view (query, filters, sort, position, radius, results shown, open resource, language): the one state. */
  private readonly store = new ViewStore();

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

  /** Sort order: `relevance`, `name`, `verified` or `distance` (with a position). */
  @property()
  get sort(): SortOrder {
    return this.store.view.sort;
  }
  set sort(sort: SortOrder) {
    this.store.update({ sort: sort || 'relevance' });
  }

  /** The search query. */
  @property()
  get query(): string {
    return this.store.view.query;
  }
  set query(query: string) {
    this.store.update({ query: query ?? '' });
  }

  /** Selected filters. */
  @property({ attribute: false })
  get filters(): FilterState {
    return this.store.view.filters;
  }
  set filters(filters: FilterState) {
    this.store.update({ filters: filters ?? {} });
  }

  /** The visitor's position (set by "Near me", or by the host). Used for distances; never sent anywhere. */
  @property({ attribute: false })
  get origin(): LatLng | undefined {
    return this.store.view.origin;
  }
  set origin(origin: LatLng | undefined) {
    this.store.update({ origin });
  }

  /** With a position: keep resources within this many kilometres (0: any distance). */
  @property({ type: Number })
  get radius(): number {
    return this.store.view.radius;
  }
  set radius(radius: number) {
    this.store.update({ radius: Number(radius) || 0 });
  }

  /** Resource records given directly; validated like a feed's. */
  @property({ attribute: false }) resources?: unknown[];

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

  @state() private status: Status = 'idle';
  @state() private error?: FeedError;
  @state() private loaded?: DirectoryLoaded;
  @state() private progress?: LoadProgress;
  /** True while the search index of a large feed is being built; queries wait for it. */
  @state() private indexing = false;
  @state() private savedIds: string[] = [];
  @state() private listOpen = false;
  @state() private held?: Directory;
  private restored = false;
  private loading?: AbortController;
  /** What the visitor changed and is waiting to hear about: announced once, with the answer. */
  private pending?: { focusResults: boolean };

  @query('rf-results') private resultsEl?: RfResults;
  @query('rf-referral-dialog') private dialogEl?: RfReferralDialog;

  private readonly locale = new LocaleController(this);
  private readonly localeProvider = new ContextProvider(this, {
    context: localeContext,
    initialValue: undefined as Locale | undefined,
  });
  private readonly quickExitController = new QuickExitController(this, () => this.quickExit);
  private readonly urlSync = new UrlSyncController(
    this,
    this.store,
    () => this.syncUrl && !this.safe,
  );

  /** What the directory shows for the view: asked again whenever the directory or the view changes. */
  private readonly answer = new Task(this, {
    task: async ([directory], { signal }) => directory?.answer(this.store.view, signal),
    args: () => {
      const v = this.store.view;
      return [this.held, v.query, v.filters, v.sort, v.origin, v.radius, v.shown, v.lang] as const;
    },
  });

  /** The resources in "My list", looked up in the directory. */
  private readonly savedResources = new Task(this, {
    task: async ([directory, ids]) => (directory && ids.length ? directory.lookup(ids) : []),
    args: () => [this.held, this.savedIds] as const,
  });

  constructor() {
    super();
    // The store is the element's own and lives as long as it: no need to unsubscribe.
    this.store.subscribe((_view, { previous, keys, cause }) => {
      // Properties read the store: tell Lit which ones changed, so `updated()` and the view follow.
      this.requestUpdate('query', previous.query);
      this.requestUpdate('filters', previous.filters);
      this.requestUpdate('sort', previous.sort);
      this.requestUpdate('origin', previous.origin);
      this.requestUpdate('radius', previous.radius);
      this.requestUpdate(); // the rest of the view (language, results shown, open resource)
      const searched = keys.has('query') || keys.has('filters');
      if (cause !== 'url' && searched && !this.pending) this.pending = { focusResults: false };
    });
  }

  /** The loaded directory: ask it for views (`answer`) or resources (`lookup`). Undefined while loading. */
  get directory(): Directory | undefined {
    return this.held;
  }

  /** Resolves when what is shown follows the view: the directory has answered and the answer is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const tasks = [this.answer, this.savedResources];
    while (tasks.some((t) => t.status === TaskStatus.PENDING)) {
      await Promise.all(tasks.map((t) => t.taskComplete.catch(() => undefined)));
      done = await super.getUpdateComplete();
    }
    await this.resultsEl?.updateComplete;
    return done;
  }

  /** Valid resources of the loaded feed (in-page directories; empty while loading). */
  get loadedResources(): readonly Resource[] {
    return this.held instanceof PageDirectory ? this.held.resources : [];
  }

  /** Title, publisher, updated date and language of the loaded feed. */
  get feedMeta(): FeedMeta {
    return this.loaded?.meta ?? {};
  }

  /** The results shown now: the first page(s), sorted as chosen. See {@link total} for how many there are. */
  get results(): readonly SearchHit[] {
    return this.answer.value?.hits ?? [];
  }

  /** How many results the view has in all (after query, filters and radius). */
  get total(): number {
    return this.answer.value?.total ?? 0;
  }

  /** Whether safe mode is on: set explicitly, or implied by quick exit. */
  get safe(): boolean {
    if (this.safeMode === 'off' || this.safeMode === 'false') return false;
    return this.safeMode !== undefined || !!this.quickExitController.url;
  }

  /** Leaves for the quick-exit site, replacing this page in the history. */
  exit(): void {
    this.quickExitController.exit();
  }

  /** Ids in the visitor's list. */
  get saved(): readonly string[] {
    return this.savedIds;
  }

  /** Changes the view as the visitor did: a new search is announced (`rf-search`) once its results are shown. */
  private visit(patch: ViewPatch): void {
    this.store.update(patch, 'visitor');
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

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.followLanguage();
  }

  /** The view's language follows the element's (its `lang`, else the nearest, else the page's). */
  private followLanguage(): void {
    this.store.update({ lang: uiLanguage(this) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followLanguage();
    if (this.persistList && !this.safe && !this.savedIds.length)
      this.savedIds = loadList(localStorage);
    if (!this.src && !this.resources && this.status === 'idle') this.loadInline();
    // A worker holds the index: it was let go with the element; build it again.
    if (this.status === 'ready' && !this.held) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.held?.dispose();
    this.held = undefined;
    if (this.status === 'loading') this.status = 'idle';
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('resources') && this.resources) void this.load({ records: this.resources });
    if (changed.has('src') && this.src && !this.resources) void this.load({ url: this.src });
    if (changed.has('pageSize') && this.store.view.shown < this.pageSize)
      this.store.update({ shown: this.pageSize });
    const locale = this.localeProvider.value;
    if (locale?.lang !== this.store.view.lang || locale?.overrides !== this.messages)
      this.localeProvider.setValue({
        lang: this.store.view.lang,
        ...(this.messages ? { overrides: this.messages } : {}),
      });
  }

  override async updated(): Promise<void> {
    // The visitor's change has its answer: tell the host once, and (after a filter) where the change landed.
    const pending = this.pending;
    if (pending && this.answer.status === TaskStatus.COMPLETE && this.status === 'ready') {
      this.pending = undefined;
      await this.resultsEl?.updateComplete;
      if (pending.focusResults) this.resultsEl?.focusHeading();
      const { query, filters } = this.store.view;
      this.dispatchEvent(new RfSearchEvent({ query, filters, total: this.total }));
    }
  }

  /** Loads the feed again from where it came from (what the Retry button does). */
  reload(): void {
    if (this.resources) void this.load({ records: this.resources });
    else if (this.src) void this.load({ url: this.src });
    else this.loadInline();
  }

  private loadInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) void this.load({ text: script.textContent ?? '' });
  }

  /** Loads a directory in place of the current one; a newer source cancels this one. */
  private async load(source: DirectorySource): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.progress = undefined;
    const result = await loadPageDirectory(source, {
      signal: controller.signal,
      timeout: this.timeout,
      format: this.format,
      maxPages: this.maxPages,
      workerThreshold: this.workerThreshold,
      onProgress: (progress) => (this.progress = progress),
    });
    if (controller.signal.aborted || (!result.ok && result.aborted)) {
      if (result.ok) result.directory.dispose();
      return;
    }
    this.progress = undefined;
    this.held?.dispose();
    if (!result.ok) {
      this.status = 'error';
      this.error = result.error;
      this.loaded = undefined;
      this.held = undefined;
      this.dispatchEvent(
        new RfFeedErrorEvent({
          message: result.error.message,
          ...(result.error.status !== undefined ? { status: result.error.status } : {}),
        }),
      );
      return;
    }
    this.status = 'ready';
    this.loaded = result;
    this.held = result.directory;
    this.indexing = true;
    void result.directory.ready.then(() => {
      if (this.held === result.directory) this.indexing = false;
    });
    await this.restoreFromUrl(result.directory);
    this.dispatchEvent(
      new RfFeedLoadEvent({
        total: result.total,
        accepted: result.directory.size,
        problems: [...result.problems],
      }),
    );
  }

  /** Reads the view (and a shared list) from the URL, once, when the first feed is ready. */
  private async restoreFromUrl(directory: Directory): Promise<void> {
    if (this.restored || this.safe) return;
    this.restored = true;
    const shared = (await directory.lookup(sharedListIds(location.search))).map((r) => r.id);
    if (shared.length) {
      this.savedIds = [...new Set([...this.savedIds, ...shared])];
      this.listOpen = true;
    }
    this.urlSync.restore();
  }

  private onSelect(e: RfResourceSelectEvent): void {
    this.store.update({ open: e.detail.id }, 'visitor');
  }

  private onQuery(e: RfQueryChangeEvent): void {
    e.stopPropagation();
    this.visit({ query: e.detail.query, shown: this.pageSize });
  }

  private onFilters(e: RfFilterChangeEvent): void {
    this.pending = { focusResults: true };
    this.visit({ filters: e.detail.filters, shown: this.pageSize });
  }

  private onSort(e: RfSortChangeEvent): void {
    this.store.update({ sort: e.detail.sort }, 'visitor');
  }

  private onShowMore(e: RfShowMoreEvent): void {
    this.store.update({ shown: e.detail.shown }, 'visitor');
  }

  private onReferralRequest(e: RfReferralRequestEvent): void {
    const opener = e.composedPath()[0] as HTMLElement;
    const show = (r?: Resource) => r && this.dialogEl?.show(r, opener);
    if (e.detail.resource) show(e.detail.resource);
    else void this.held?.lookup([e.detail.id]).then(([r]) => show(r));
  }

  private onOriginChange(e: RfOriginChangeEvent): void {
    const { origin, radius } = e.detail;
    // A newly shared position orders the results by distance; forgetting it goes back to relevance.
    const sort = origin && !this.store.view.origin ? { sort: 'distance' as const } : {};
    this.store.update({ origin, radius, ...sort }, 'visitor');
  }

  private onListChange(e: RfListChangeEvent): void {
    this.setSaved(e.detail.ids);
  }

  /** Moves focus to the results heading. */
  focusResults(): void {
    this.resultsEl?.focusHeading();
  }

  override render(): TemplateResult {
    const { lang, dir, m } = this.locale;
    const loaded = this.loaded;
    const ready = this.status === 'ready';
    const answer = this.answer.value;
    const view = this.store.view;
    const problems = loaded?.problems ?? this.error?.problems ?? [];
    const preparing = ready && this.indexing && !!view.query.trim();
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
            </button>`
          : nothing
      }
      <div class="finder">
        <slot name="header"></slot>
        <rf-search-box
          part="search"
          .value=${view.query}
          @rf-query-change=${this.onQuery}
        ></rf-search-box>
        ${
          ready
            ? html`<div class="tools">
                <rf-near-me
                  part="where"
                  .origin=${view.origin}
                  radius=${view.radius}
                  @rf-origin-change=${this.onOriginChange}
                ></rf-near-me>
                <rf-my-list
                  exportparts="list-toggle, list, list-share"
                  .resources=${this.savedResources.value ?? []}
                  ?open=${this.listOpen}
                  @rf-list-change=${this.onListChange}
                ></rf-my-list>
              </div>`
            : nothing
        }
        <rf-feed-status
          exportparts="status, problems"
          state=${this.status}
          .progress=${this.progress}
          .error=${this.error}
          .problems=${problems}
          total=${loaded?.total ?? 0}
          rejected=${loaded ? loaded.total - loaded.directory.size - loaded.hidden : 0}
          .incomplete=${loaded?.incomplete}
          ?preparing=${preparing}
          ?hidden=${ready && !preparing && problems.length === 0}
          @rf-retry=${() => this.reload()}
        ></rf-feed-status>
        ${
          ready
            ? html`<div class="layout">
                <rf-filters
                  part="filters"
                  class="filters"
                  .value=${view.filters}
                  .facets=${answer?.facets}
                  @rf-filter-change=${this.onFilters}
                ></rf-filters>
                <rf-results
                  part="results"
                  class="results"
                  .results=${answer?.hits ?? []}
                  .total=${answer?.total ?? 0}
                  sort=${view.sort}
                  .origin=${view.origin}
                  page-size=${this.pageSize}
                  ?has-filters=${Object.keys(view.filters).length > 0}
                  @rf-sort-change=${this.onSort}
                  @rf-filter-change=${this.onFilters}
                  @rf-referral-request=${this.onReferralRequest}
                  @rf-resource-select=${this.onSelect}
                  @rf-save-toggle=${this.onSaveToggle}
                  @rf-show-more=${this.onShowMore}
                  .savedIds=${this.savedIds}
                  stale-after=${this.staleAfter}
                  .expandedId=${view.open}
                >
                  <slot name="empty" slot="empty"><span hidden></span></slot>
                </rf-results>
              </div>`
            : nothing
        }
        <rf-referral-dialog
          exportparts="dialog"
          endpoint=${this.referralEndpoint ?? nothing}
        ></rf-referral-dialog>
      </div>
    </div>`;
  }
}
