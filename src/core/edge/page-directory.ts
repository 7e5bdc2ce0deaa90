/**
 * Loading a directory into the page: records checked in slices, filter options numbered, and the search index built
 * here or, above the worker threshold, in a Web Worker. A feed's URL is loaded by a worker of its own where one can
 * start (see `worker-directory.ts`); this is the way for records and text given by code, and where workers cannot run.
 */
import type { FeedMeta, Resource } from '../feed/schema.js';
import { feedOutcome, parseFeedText, type FeedLoad } from '../feed/read.js';
import type { FeedFormat, HsdsOptions } from '../hsds/mapping.js';
import { resourceSteps } from '../feed/records.js';
import { searchVocabulary, type SearchVocabulary } from '../search/word-index.js';
import { facetIndexSteps } from '../filters/facets.js';
import {
  loadFacts,
  type DirectoryLoad,
  type DirectorySource,
  type LoadProgress,
} from '../view/directory.js';
import { LocalDirectory } from '../view/local-directory.js';
import { createSearchEngine } from './create-engine.js';
import { loadFeed } from './load-feed.js';
import { runStepsInSlices } from './slices.js';

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
  /** Stops loading a feed's URL and keeps the records that arrived (the visitor's "Stop loading"). */
  stop?: AbortSignal;
}

export { searchVocabulary };

/** The in-page directory's class, by its former name. */
export { LocalDirectory as PageDirectory };

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
  // A directory server answers each view itself: nothing to load here.
  // (Its code is loaded only then: most finders read a feed.)
  if ('api' in source)
    return (await import('./server-directory.js')).loadServerDirectory(source.api, {
      ...(signal ? { signal } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
  let loaded: FeedLoad;
  try {
    if ('url' in source) {
      onProgress?.({ phase: 'download' });
      let records = 0;
      const report = (received: number, total?: number) => {
        if (signal?.aborted) return;
        onProgress?.({
          phase: 'download',
          received,
          ...(total ? { total } : {}),
          ...(records ? { records } : {}),
        });
      };
      loaded = await loadFeed(source.url, {
        ...options,
        onBytes: report,
        onRecords: (stream) => {
          records = stream.records;
        },
        onProgress: ({ page, totalPages }) => {
          if (!signal?.aborted) onProgress?.({ phase: 'pages', page, totalPages });
        },
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
    const directory = await localDirectory(
      loaded.resources,
      { ...options, ...searchVocabulary(loaded.meta) },
      checking(CHECKING_SHARE, 1),
    );
    return { ok: true, directory, ...loadFacts(loaded) };
  } catch (e) {
    if (signal?.aborted) return { ok: false, aborted: true };
    throw e;
  }
}

/**
 * A directory in this thread over valid resources: their filter options numbered (in slices, before anything is
 * shown, so that a large feed's facets cost little per keystroke) and the search engine started.
 */
export async function localDirectory(
  resources: readonly Resource[],
  options: Pick<PageDirectoryOptions, 'signal' | 'workerThreshold'> & SearchVocabulary = {},
  onProgress?: (fraction: number) => void,
): Promise<LocalDirectory> {
  const index = await runStepsInSlices(facetIndexSteps(resources), onProgress, options.signal);
  const engine = createSearchEngine(resources, {
    ...(options.workerThreshold !== undefined ? { workerThreshold: options.workerThreshold } : {}),
    ...searchVocabulary(options),
  });
  return new LocalDirectory(resources, index, engine);
}
