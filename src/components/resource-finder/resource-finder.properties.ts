/**
 * The public attributes, properties and read-only state of `<resource-finder>`. The view-backed ones (query, filters, sort, origin,
 * radius) read and write the one view state, so setting them by code, by attribute, from the URL or by the
 * visitor's actions is one and the same change.
 */
import { LocalizedElement } from '../shared/localized.js';
import { property } from 'lit/decorators.js';
import type { LatLng } from '../../core/filters/distance.js';
import type { FilterState, SortOrder } from '../../core/filters/facets.js';
import type { FeedFormat } from '../../core/hsds/mapping.js';
import { DEFAULT_WORKER_THRESHOLD } from '../../core/search/threshold.js';
import type { SearchHit } from '../../core/search/word-index.js';
import { ViewStore } from '../../core/view/store.js';
import { messagesLoading, type MessageOverrides } from '../../i18n/index.js';
import type { FeedMeta, Resource } from '../../core/feed/schema.js';
import type { Directory } from '../../core/view/directory.js';
import type { DirectoryController } from '../../controllers/directory.js';
import type { QuickExitController } from '../../controllers/quick-exit.js';
import type { SavedListController } from '../../controllers/saved-list.js';
import { apiHost, apiUrl } from '../../core/edge/api-url.js';

export abstract class FinderProperties extends LocalizedElement {
  /** The view (query, filters, sort, position, radius, results shown, open resource, language): the one state. */
  protected readonly store = new ViewStore();

  /** The finder shows its view's language: that catalogue has arrived before the update that shows it. */
  protected override get updateWaitsFor(): Promise<unknown> | undefined {
    return messagesLoading(this.store.view.lang) ?? this.locale.loading;
  }

  /**
   * URL of the feed: JSON (ours or HSDS), or a spreadsheet (CSV in the one-sheet layout, a zip of HSDS's CSV tables);
   * HSDS's CSV tables may also be given as their URLs separated by spaces. Changing it cancels the previous request.
   */
  @property() src?: string;

  /**
   * Base URL of a directory server (an HSDS 3.0 API such as `resource-finder-server`): each search, filter and page
   * is asked of it, and only the results shown are downloaded. Takes precedence over `src`.
   */
  @property() api?: string;

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

  /**
   * Where the search worker's file is, when the page's build does not copy it beside the code (Angular's, for one:
   * copy `node_modules/resource-finder/dist/resource-finder.worker.js` with the app's assets and name it here). By
   * default it is found beside the script. Takes effect at the next feed.
   */
  @property({ attribute: 'worker-url' }) workerUrl?: string;

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
  @property({ attribute: false }) messages?: MessageOverrides;

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

  /**
   * Shows the notes for the directory's maintainer (what in the data could not be used) to everyone. Off by default:
   * visitors are told only what concerns them (a directory that could only be loaded in part); `rf-feed-load` and the
   * validator always carry the problems.
   */
  @property({ type: Boolean, attribute: 'show-problems' }) showProblems = false;

  /** Receives referrals for resources that accept them but name no endpoint of their own. */
  @property({ attribute: 'referral-endpoint' }) referralEndpoint?: string;

  /**
   * Receives visitors' reports that a listing is wrong (an `https:` URL; JSON, POST): every card's details then offer
   * "Report a problem with this listing". Off without it. In server mode, the attribute with no value sends them to
   * the directory server's own `/reports`, which stores them for the maintainer.
   */
  @property({ attribute: 'report-endpoint' }) reportEndpoint?: string;

  /**
   * Who receives reports, as named to the visitor. Defaults to the endpoint's host: that is who receives them (the
   * feed's publisher may not be, when the feed is someone else's).
   */
  @property({ attribute: 'report-recipient' }) reportRecipient?: string;

  /** Where reports go: `report-endpoint`, or in server mode with no value given, the server's `/reports`. */
  protected get reportsTo(): string | undefined {
    if (this.reportEndpoint) return this.reportEndpoint;
    if (this.reportEndpoint === '' && this.api) return apiUrl(this.api, 'reports');
    return undefined;
  }

  /**
   * The emergency number to name when a query says the person is in danger now ("112", "911", "999"). None is assumed:
   * without it, the note says to call the local emergency number.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Who else keeps a copy of each referral, said to the visitor and added to the consent (see `rf-referral-form`). */
  @property({ attribute: 'referral-copy-kept-by' }) referralCopyKeptBy?: string;

  /** Declares that this website keeps no copy of referrals; otherwise the form makes no claim about copies. */
  @property({ type: Boolean, attribute: 'referral-no-copy-kept' }) referralNoCopyKept = false;

  /**
   * The host's map tiles: a `.pmtiles` archive it serves, or a `{z}/{x}/{y}` template of vector tiles on its own
   * server. With it, a "Map" button shows the results on a map (its code loads then); without it there is no map and
   * no request. Never a third party's tiles: they would learn where the visitor is looking.
   */
  @property({ attribute: 'map-tiles' }) mapTiles?: string;

  /** The map tiles' attribution, as their licence asks (shown on the map). */
  @property({ attribute: 'map-attribution' }) mapAttribution = '';

  /** Deepest zoom a `map-tiles` template has tiles for (deeper, they are enlarged). */
  @property({ type: Number, attribute: 'map-max-zoom' }) mapMaxZoom = 14;

  /** Loads the directory and answers the view. */
  protected abstract readonly feed: DirectoryController;
  /** The visitor's list. */
  protected abstract readonly list: SavedListController;
  /** Quick exit. */
  protected abstract readonly quickExitController: QuickExitController;

  /** The loaded directory: ask it for views (`answer`) or resources (`lookup`). Undefined while loading. */
  get directory(): Directory | undefined {
    return this.feed.directory;
  }

  /** Valid resources of the loaded feed (in-page directories; empty while loading). */
  get loadedResources(): readonly Resource[] {
    return this.feed.resources;
  }

  /** Title, publisher, updated date and language of the loaded feed. */
  get feedMeta(): FeedMeta {
    return this.feed.loaded?.meta ?? {};
  }

  /** The results shown now: the first page(s), sorted as chosen. See {@link total} for how many there are. */
  get results(): readonly SearchHit[] {
    return this.feed.answer.value?.hits ?? [];
  }

  /** How many results the view has in all (after query, filters and radius). */
  get total(): number {
    return this.feed.answer.value?.total ?? 0;
  }

  /** Ids in the visitor's list. */
  get saved(): readonly string[] {
    return this.list.ids;
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

  /** Loads the feed again from where it came from (what the Retry button does). */
  /** In server mode, who receives the visitor's approximate position when "Near me" is used. */
  protected get positionSentTo(): string | undefined {
    return this.api ? apiHost(this.api) : undefined;
  }

  reload(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (this.resources) void this.feed.load({ records: this.resources });
    else if (this.api) void this.feed.load({ api: this.api });
    else if (this.src) void this.feed.load({ url: this.src });
    else if (script) void this.feed.load({ text: script.textContent ?? '' });
  }

  constructor() {
    super();
    // The view-backed properties change with the store: tell Lit, so that the parts follow. (The store lives as
    // long as the element: no need to unsubscribe.)
    this.store.subscribe((_view, { previous }) => {
      for (const key of ['query', 'filters', 'sort', 'origin', 'radius'] as const)
        this.requestUpdate(key, previous[key]);
      this.requestUpdate();
    });
  }
}
