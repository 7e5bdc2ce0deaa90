/**
 * The directory in the page: records checked in slices, filter options numbered, and the search index built here or,
 * above the worker threshold, in a Web Worker. Every view is answered by the pure {@link answerView}.
 */
import type { FeedMeta, Resource } from '../feed/schema.js';
import { feedOutcome, parseFeedText, type FeedLoad } from '../feed/read.js';
import type { FeedFormat, HsdsOptions } from '../hsds/mapping.js';
import { resourceSteps } from '../feed/records.js';
import { facetIndexSteps, type FacetIndex } from '../filters/facets.js';
import type { SearchEngine } from '../search/word-index.js';
import type { Directory, DirectoryLoad, DirectorySource, LoadProgress } from '../view/directory.js';
import { answerView, type View, type ViewAnswer } from '../view/view.js';
import { createSearchEngine } from './create-engine.js';
import { loadFeed } from './load-feed.js';
import { runStepsInSlices } from './slices.js';

/** Least time between two reports of the bytes downloaded. */
const BYTES_EVERY_MS = 500;

/** Share of the checking progress for checking records; the rest is numbering their filter options. */
const CHECKING_SHARE = 0.75;

/** Options for {@link loadPageDirectory}. */
export interface PageDirectoryOptions extends HsdsOptions {
  /** Cancels loading (a newer source replaces this one). */
  signal?: AbortSignal;
  /** Milliseconds before a request is given up. */
  timeout?: number;
  /** `auto` (default) recognizes the format. */
  format?: FeedFormat;
  /** Most pages of an HSDS API to load. */
  maxPages?: number;
  /** From this many resources up, the search index is built and queried in a Web Worker. */
  workerThreshold?: number;
  /** Hears how far loading has got. */
  onProgress?: (progress: LoadProgress) => void;
}

/** A directory over resources held in the page. */
export class PageDirectory implements Directory {
  readonly ready: Promise<void>;
  private byId?: Map<string, Resource>;
  private disposed = false;

  constructor(
    /** Every valid resource, in feed order. */
    readonly resources: readonly Resource[],
    private readonly index: FacetIndex,
    private readonly engine: SearchEngine,
  ) {
    this.ready = engine.ready ?? Promise.resolve();
  }

  get size(): number {
    return this.resources.length;
  }

  /** Whether its search index lives in a Web Worker (above the worker threshold, where workers can start). */
  get inWorker(): boolean {
    return 'inWorker' in this.engine && this.engine.inWorker === true;
  }

  async answer(view: View, signal?: AbortSignal): Promise<ViewAnswer> {
    signal?.throwIfAborted();
    const hits = await this.engine.search(view.query);
    signal?.throwIfAborted();
    return answerView(this.index, hits, view, new Date());
  }

  async lookup(ids: readonly string[]): Promise<Resource[]> {
    const byId = (this.byId ??= new Map(this.resources.map((r) => [r.id, r])));
    return ids.map((id) => byId.get(id)).filter((r): r is Resource => !!r);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.engine.dispose?.();
  }
}

/**
 * Loads a directory into the page from a URL (following HSDS pages), JSON text, or records given by code: checks
 * every record (in slices, with progress), numbers the filter options and starts the search index. Never throws.
 */
export async function loadPageDirectory(
  source: DirectorySource,
  options: PageDirectoryOptions = {},
): Promise<DirectoryLoad> {
  const { signal, onProgress } = options;
  const checking = (from: number, to: number) => (fraction: number) => {
    if (!signal?.aborted)
      onProgress?.({ phase: 'checking', fraction: from + (to - from) * fraction });
  };
  let loaded: FeedLoad;
  let lastBytes = -Infinity;
  try {
    if ('url' in source) {
      onProgress?.({ phase: 'download' });
      loaded = await loadFeed(source.url, {
        ...options,
        onBytes: (received, total) => {
          // At most every half second: the progress is shown in a polite live region.
          const now = performance.now();
          if (signal?.aborted || now - lastBytes < BYTES_EVERY_MS) return;
          lastBytes = now;
          onProgress?.({ phase: 'download', received, ...(total ? { total } : {}) });
        },
        onProgress: ({ page, totalPages }) => {
          if (!signal?.aborted) onProgress?.({ phase: 'pages', page, totalPages });
        },
        onChecking: checking(0, CHECKING_SHARE),
      });
    } else if ('text' in source) {
      loaded = parseFeedText(source.text, options.format, options);
    } else {
      const parsed = await runStepsInSlices(
        resourceSteps(source.records),
        checking(0, CHECKING_SHARE),
        signal,
      );
      loaded = feedOutcome({ meta: {} as FeedMeta, ...parsed, total: source.records.length });
    }
    if (!loaded.ok) return loaded;
    // Number the filter options before showing anything: a large feed's facets then cost little per keystroke.
    const index = await runStepsInSlices(
      facetIndexSteps(loaded.resources),
      checking(CHECKING_SHARE, 1),
      signal,
    );
    const engine = createSearchEngine(loaded.resources, {
      ...(options.workerThreshold !== undefined
        ? { workerThreshold: options.workerThreshold }
        : {}),
    });
    return {
      ok: true,
      directory: new PageDirectory(loaded.resources, index, engine),
      meta: loaded.meta,
      problems: loaded.problems,
      total: loaded.total,
      hidden: loaded.hidden ?? 0,
      ...(loaded.incomplete ? { incomplete: loaded.incomplete } : {}),
      ...(loaded.format ? { format: loaded.format } : {}),
    };
  } catch (e) {
    if (signal?.aborted) return { ok: false, aborted: true };
    throw e;
  }
}
