/**
 * A directory that lives on a server: each view (query, filters, sort, position, results shown) becomes one
 * `GET /services` of an HSDS 3.0 API, and the page renders what comes back. Nothing of the directory is downloaded
 * but the results shown. With resource-finder's own server (`resource-finder-server`) the answer carries the finder's
 * records, facet counts and "did you mean" (its documented extension); a plain HSDS API still searches and pages,
 * its services read by the finder's HSDS mapping.
 *
 * A new query waits a moment (typing goes on) and is cancelled by a newer view, so no stale page is ever shown.
 */
import { feedError, parseFeedData } from '../feed/read.js';
import type { FeedMeta, Resource } from '../feed/schema.js';
import type { TaxonomyTerm } from '../feed/taxonomy.js';
import { FILTER_GROUPS, type Facets } from '../filters/state.js';
import { matchedTerms, type SearchHit } from '../search/word-index.js';
import { tokenize } from '../text/fold.js';
import type { Directory, DirectoryLoad } from '../view/directory.js';
import type { View, ViewAnswer } from '../view/view.js';
import { apiUrl, roundPosition } from './api-url.js';

export { apiHost, apiUrl, roundPosition } from './api-url.js';

/** The most results one request asks for (the server's cap on `per_page`). */
const PER_PAGE = 100;
/** How long a new query waits for the next keystroke before it is sent. */
export const QUERY_DELAY_MS = 200;

/** The finder's filter groups as the server's extension parameters. */
const PARAMETERS = {
  categories: 'category',
  places: 'place',
  languages: 'language',
  audiences: 'audience',
  accessibility: 'accessibility',
  delivery: 'delivery',
} as const;

type Service = Record<string, unknown> & {
  x_resource_finder?: { record?: Resource; distance_km?: number };
};
interface ServicePage {
  total_items?: number;
  contents?: Service[];
  facets?: Facets;
  did_you_mean?: string;
  x_resource_finder?: { meta?: FeedMeta; size?: number };
}

function abortError(): DOMException {
  return new DOMException('The view changed', 'AbortError');
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}

/** The parameters of `GET /services` for a view. */
export function viewParameters(
  view: View,
  page: number,
  perPage: number,
  now: Date,
): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query.trim()) params.set('search', view.query);
  params.set('page', String(page));
  params.set('per_page', String(perPage));
  params.set('records', 'true');
  params.set('facets', 'true');
  for (const [group, name] of Object.entries(PARAMETERS))
    for (const value of view.filters[group as keyof typeof PARAMETERS] ?? [])
      params.append(name, value);
  if (view.filters.cost?.includes('free')) params.set('free', 'true');
  if (view.filters.open?.includes('now')) {
    params.set('open_now', 'true');
    params.set('open_at', now.toISOString());
  }
  if (view.origin) {
    params.set('lat', String(roundPosition(view.origin.lat)));
    params.set('lng', String(roundPosition(view.origin.lng)));
    if (view.radius > 0) params.set('radius_km', String(view.radius));
  }
  if (view.area) {
    // Rounded outwards to about a kilometre, as a position is: what leaves the device says little more.
    const { west, south, east, north } = view.area;
    const out = (d: number, up: boolean) => (up ? Math.ceil(d * 100) : Math.floor(d * 100)) / 100;
    params.set(
      'bbox',
      [out(west, false), out(south, false), out(east, true), out(north, true)].join(','),
    );
  }
  if (view.sort !== 'relevance') params.set('sort', view.sort);
  return params;
}

const noFacets = (): Facets =>
  Object.fromEntries(FILTER_GROUPS.map((g) => [g, []])) as unknown as Facets;

/** A directory answered by an HSDS API (see the module). */
export class ServerDirectory implements Directory {
  /** Known once it has answered: whether it limits results to an area (`bbox`, the finder's extension). */
  searchesAreas?: boolean;
  readonly ready = Promise.resolve();
  private readonly controller = new AbortController();
  private lastQuery?: string;

  constructor(
    /** The API's base URL. */
    readonly api: string,
    /** How many services it holds (the server's count). */
    public size: number,
    readonly meta: FeedMeta,
    /** Milliseconds before a request is given up. */
    private readonly timeout = 15000,
  ) {}

  get taxonomy(): readonly TaxonomyTerm[] | undefined {
    return this.meta.taxonomy;
  }

  private async get(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<unknown> {
    const signals = [this.controller.signal, AbortSignal.timeout(this.timeout)];
    if (signal) signals.push(signal);
    const response = await fetch(apiUrl(this.api, path, params), {
      signal: AbortSignal.any(signals),
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`The directory server answered ${response.status}`);
    return response.json();
  }

  /** The resources of a page: the finder's records when the server sends them, else its HSDS services read. */
  private resourcesOf(page: ServicePage): Array<{ resource: Resource; distance?: number }> {
    const contents = page.contents ?? [];
    if (contents.every((c) => c.x_resource_finder?.record))
      return contents.map((c) => ({
        resource: c.x_resource_finder!.record!,
        ...(c.x_resource_finder?.distance_km !== undefined
          ? { distance: c.x_resource_finder.distance_km }
          : {}),
      }));
    // Read as the HSDS page they are (a bare list of services would be one record).
    const asPage = { total_items: contents.length, total_pages: 1, page_number: 1, contents };
    return parseFeedData(asPage, 'hsds').resources.map((resource) => ({ resource }));
  }

  async answer(view: View, signal?: AbortSignal, now = new Date()): Promise<ViewAnswer> {
    // A new query waits for the next keystroke; filters, sort and "more results" go at once.
    if (view.query !== this.lastQuery && this.lastQuery !== undefined && view.query.trim())
      await delay(QUERY_DELAY_MS, signal);
    signal?.throwIfAborted();
    const shown = Math.max(1, view.shown);
    const pages = Math.ceil(shown / PER_PAGE);
    const perPage = pages > 1 ? PER_PAGE : shown;
    const answers = (await Promise.all(
      Array.from({ length: pages }, (_, i) =>
        this.get('services', viewParameters(view, i + 1, perPage, now), signal),
      ),
    )) as ServicePage[];
    signal?.throwIfAborted();
    this.lastQuery = view.query;
    const first = answers[0]!;
    const matched = new Set(tokenize(`${view.query} ${first.did_you_mean ?? ''}`));
    const hits: SearchHit[] = answers
      .flatMap((a) => this.resourcesOf(a))
      .slice(0, shown)
      .map(({ resource }, i) => ({ resource, score: -i, terms: matchedTerms(resource, matched) }));
    const total = first.total_items ?? hits.length;
    if (first.x_resource_finder?.size !== undefined) this.size = first.x_resource_finder.size;
    // Only a server with the finder's extension (it counts facets) limits results to an area.
    this.searchesAreas = first.facets !== undefined;
    return {
      hits,
      total,
      facets: first.facets ?? noFacets(),
      ...(first.did_you_mean ? { didYouMean: first.did_you_mean } : {}),
    };
  }

  async lookup(ids: readonly string[]): Promise<Resource[]> {
    const found = await Promise.all(
      ids.map(async (id) => {
        try {
          const service = (await this.get(
            `services/${encodeURIComponent(id)}`,
            new URLSearchParams({ records: 'true' }),
          )) as Service;
          return this.resourcesOf({ contents: [service] })[0]?.resource;
        } catch {
          return undefined;
        }
      }),
    );
    return found.filter((r): r is Resource => !!r);
  }

  dispose(): void {
    this.controller.abort();
  }
}

/**
 * Opens a directory served by an HSDS API: one small request (one service, the directory's size and, from
 * resource-finder's server, its title, language and taxonomy). Never throws.
 */
export async function loadServerDirectory(
  api: string,
  options: { signal?: AbortSignal; timeout?: number } = {},
): Promise<DirectoryLoad> {
  const timeout = options.timeout ?? 15000;
  let response: Response;
  try {
    const signals = [AbortSignal.timeout(timeout)];
    if (options.signal) signals.push(options.signal);
    response = await fetch(
      apiUrl(api, 'services', new URLSearchParams({ per_page: '1', records: 'true' })),
      {
        signal: AbortSignal.any(signals),
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      },
    );
  } catch (e) {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    if ((e as Error).name === 'TimeoutError')
      return { ok: false, error: feedError('timeout', { seconds: Math.round(timeout / 1000) }) };
    return { ok: false, error: feedError('network', { detail: (e as Error).message }) };
  }
  if (!response.ok)
    return {
      ok: false,
      error: feedError('http', { status: response.status, statusText: response.statusText }),
    };
  let page: ServicePage;
  try {
    page = (await response.json()) as ServicePage;
  } catch (e) {
    return { ok: false, error: feedError('json', { detail: (e as Error).message }) };
  }
  const total = page.x_resource_finder?.size ?? page.total_items ?? 0;
  const meta = page.x_resource_finder?.meta ?? {};
  if (!total) return { ok: false, error: feedError('empty', { total: 0 }) };
  const directory = new ServerDirectory(api, total, meta, timeout);
  return { ok: true, directory, meta, problems: [], total, hidden: 0 };
}
