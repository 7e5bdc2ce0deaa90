/**
 * The directory inside the worker: it fetches the feed itself, reads it as it arrives (HSDS mapping and checking
 * included), indexes what has arrived so that the first records can be searched at once, and answers the page's
 * views (filters, facet counts, sorting and paging) with just the page of results to render. The page never holds
 * the records of a large directory. A directory below the worker threshold is handed over to the page once loaded.
 */
import type { Resource } from '../feed/schema.js';
import type { FeedLoad } from '../feed/read.js';
import type { FeedStream } from '../feed/stream.js';
import type { FeedFormat } from '../hsds/mapping.js';
import type { TaxonomyTerm } from '../feed/taxonomy.js';
import { facetIndexSteps } from '../filters/facets.js';
import { runSteps } from '../steps/steps.js';
import {
  searchVocabulary,
  WordIndexEngine,
  type SearchOptions,
  type SearchVocabulary,
} from '../search/word-index.js';
import type { View, ViewAnswer } from '../view/view.js';
import { loadFacts, type DirectoryLoaded } from '../view/directory.js';
import { loadFeed } from './load-feed.js';
import { LocalDirectory } from '../view/local-directory.js';

/** What the page asks of a directory in the worker. */
export type ToDirectory =
  | {
      type: 'load';
      /** An absolute URL (the worker has no page to resolve it against). */
      url: string;
      options: {
        timeout?: number;
        format?: FeedFormat;
        maxPages?: number;
        timeZone?: string;
        /** Below this many resources, the loaded directory is handed over to the page. */
        threshold: number;
        search: SearchOptions;
      };
    }
  | { type: 'stop' }
  | { type: 'answer'; id: number; view: View; now: number }
  | { type: 'lookup'; id: number; ids: string[] };

/** What the worker tells the page. */
export type FromDirectory =
  | { type: 'progress'; received: number; total?: number; records: number }
  | { type: 'pages'; page: number; totalPages: number }
  /** The directory now answers over `size` resources (more arrived), with the feed's taxonomy once known. */
  | { type: 'grown'; size: number; taxonomy?: readonly TaxonomyTerm[] }
  /** Resources handed over to the page (a small directory), before `loaded`. */
  | { type: 'resources'; resources: Resource[] }
  | {
      type: 'loaded';
      load:
        Exclude<FeedLoad, { ok: true }> | (Omit<DirectoryLoaded, 'directory'> & { size: number });
      /** Whether the resources were handed over (the page answers from now on). */
      handedOver: boolean;
    }
  | { type: 'answered'; id: number; answer: ViewAnswer }
  | { type: 'looked-up'; id: number; resources: Resource[] }
  | { type: 'failed'; id?: number; message: string };

interface Port {
  postMessage(message: FromDirectory): void;
}

/** Least time between two progress messages. */
const PROGRESS_EVERY_MS = 250;
/** Resources handed over per message. */
const HAND_OVER_BATCH = 500;

/** The directory of one feed, in the worker. */
export class DirectoryHost {
  private directory?: LocalDirectory;
  private readonly stop = new AbortController();
  private lastProgress = -Infinity;
  private lastBuild = { size: 0, ended: 0, took: 0 };
  private search: SearchOptions = {};
  private received = 0;
  private total?: number;

  constructor(private readonly port: Port) {}

  handle(message: ToDirectory): void {
    if (message.type === 'load') void this.load(message);
    else if (message.type === 'stop') this.stop.abort();
    else if (message.type === 'answer') void this.answer(message.id, message.view, message.now);
    else void this.lookup(message.id, message.ids);
  }

  private async load({ url, options }: Extract<ToDirectory, { type: 'load' }>): Promise<void> {
    this.search = options.search;
    const loaded = await loadFeed(url, {
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
      ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
      stop: this.stop.signal,
      parseWhole: true,
      onBytes: (received, total) => {
        this.received = received;
        this.total = total;
      },
      onProgress: ({ page, totalPages }) =>
        this.port.postMessage({ type: 'pages', page, totalPages }),
      onRecords: (stream) => this.grow(stream),
    });
    if (!loaded.ok) {
      // Cancelled loads end with the worker; a stop before anything arrived ends here.
      this.port.postMessage({
        type: 'loaded',
        load: loaded.aborted ? { ok: false, aborted: true } : loaded,
        handedOver: false,
      });
      return;
    }
    const { resources } = loaded;
    const handedOver = resources.length < options.threshold;
    if (handedOver) {
      for (let at = 0; at < resources.length; at += HAND_OVER_BATCH)
        this.port.postMessage({
          type: 'resources',
          resources: resources.slice(at, at + HAND_OVER_BATCH),
        });
      this.directory?.dispose();
      this.directory = undefined;
    } else if (
      this.lastBuild.size !== resources.length ||
      !this.directory ||
      loaded.relabelled ||
      loaded.meta.needs
    ) {
      this.build(resources, searchVocabulary(loaded.meta));
    }
    this.port.postMessage({
      type: 'loaded',
      handedOver,
      load: { ok: true, size: resources.length, ...loadFacts(loaded) },
    });
  }

  /**
   * More records have been read: tell the page, and index what has arrived when it has grown enough. Each index is
   * built anew, so they are built at growing sizes (four times the last) and take at most a fifth of the time.
   */
  private grow(stream: FeedStream): void {
    const now = performance.now();
    if (now - this.lastProgress >= PROGRESS_EVERY_MS) {
      this.lastProgress = now;
      this.port.postMessage({
        type: 'progress',
        received: this.received,
        ...(this.total ? { total: this.total } : {}),
        records: stream.records,
      });
    }
    const size = stream.resources.length;
    const { size: built, ended, took } = this.lastBuild;
    if (size === 0 || size === built) return;
    if (built > 0 && (size < 4 * built || now - ended < 4 * took)) return;
    // Past half of a feed whose size is known, the next index is the whole one.
    const expected = stream.expected;
    if (built > 0 && expected && size > expected / 2) return;
    const taxonomy = stream.taxonomy;
    this.build(stream.resources.slice(), taxonomy ? { taxonomy } : {});
  }

  private build(resources: readonly Resource[], vocabulary: SearchVocabulary): void {
    const { taxonomy } = vocabulary;
    const started = performance.now();
    const index = runSteps(facetIndexSteps(resources));
    const engine = new WordIndexEngine(resources, { ...this.search, ...vocabulary });
    this.directory?.dispose();
    this.directory = new LocalDirectory(resources, index, engine);
    const ended = performance.now();
    this.lastBuild = { size: resources.length, ended, took: ended - started };
    this.port.postMessage({
      type: 'grown',
      size: resources.length,
      ...(taxonomy ? { taxonomy } : {}),
    });
  }

  private async answer(id: number, view: View, now: number): Promise<void> {
    try {
      if (!this.directory) throw new Error('The directory is not loaded yet.');
      const { hits, total, facets, didYouMean } = await this.directory.answer(
        view,
        undefined,
        new Date(now),
      );
      // Plain hits for the page: the words to highlight are worked out now, for the results shown only.
      const shown = hits.map(({ resource, score, terms, index }) => ({
        resource,
        score,
        terms,
        ...(index !== undefined ? { index } : {}),
      }));
      this.port.postMessage({
        type: 'answered',
        id,
        answer: { hits: shown, total, facets, ...(didYouMean ? { didYouMean } : {}) },
      });
    } catch (e) {
      this.port.postMessage({ type: 'failed', id, message: (e as Error).message });
    }
  }

  private async lookup(id: number, ids: string[]): Promise<void> {
    const resources = (await this.directory?.lookup(ids)) ?? [];
    this.port.postMessage({ type: 'looked-up', id, resources });
  }
}
