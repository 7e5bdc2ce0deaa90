/**
 * A directory that lives in a Web Worker: the worker fetches the feed, reads and checks it as it arrives, indexes it
 * and answers each view with the page of results to render, the total and the facet counts. The page holds none of
 * its records. While the feed arrives, the records so far can already be searched (`onPartial`); a directory below
 * the worker threshold moves to the page once loaded.
 */
import type { Resource } from '../feed/schema.js';
import type { TaxonomyTerm } from '../feed/taxonomy.js';
import { DEFAULT_WORKER_THRESHOLD } from '../search/threshold.js';
import type { Directory, DirectoryLoad, DirectorySource } from '../view/directory.js';
import type { View, ViewAnswer } from '../view/view.js';
import type { FromDirectory, ToDirectory } from './directory-host.js';
import { feedError } from '../feed/errors.js';
import type { PageDirectoryOptions } from './page-directory.js';
import { startSearchWorker } from './search-worker-url.js';
import { supersededError } from './superseded.js';
import { feedUrls } from './feed-urls.js';

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A directory answered by a worker. */
export class WorkerDirectory implements Directory {
  /** How many resources it answers over now (it grows while the feed arrives). */
  size = 0;
  readonly ready: Promise<void>;
  /** Always true: its records and index are in the worker. */
  readonly inWorker = true;
  /** The feed's taxonomy, once the worker has read it. */
  taxonomy?: readonly TaxonomyTerm[];
  private markReady!: () => void;
  private nextId = 0;
  private inFlight?: { id: number; view: View; pending: Pending<ViewAnswer> };
  private waiting?: { view: View; pending: Pending<ViewAnswer> };
  private readonly lookups = new Map<number, Pending<Resource[]>>();
  private disposed = false;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** The worker's messages about this directory (called by the loader). */
  receive(message: FromDirectory): void {
    if (message.type === 'answered' || (message.type === 'failed' && message.id !== undefined)) {
      const current = this.inFlight;
      if (!current || current.id !== message.id) return;
      this.inFlight = undefined;
      if (message.type === 'answered') current.pending.resolve(message.answer);
      else current.pending.reject(new Error(message.message));
      this.sendNext();
    } else if (message.type === 'looked-up') {
      this.lookups.get(message.id)?.resolve(message.resources);
      this.lookups.delete(message.id);
    }
  }

  /** The whole feed is loaded and indexed. */
  loaded(size: number): void {
    this.size = size;
    this.markReady();
  }

  answer(view: View, signal?: AbortSignal): Promise<ViewAnswer> {
    if (this.disposed) return Promise.reject(supersededError());
    return new Promise<ViewAnswer>((resolve, reject) => {
      // One view at a time goes to the worker; a newer one replaces any still waiting.
      this.waiting?.pending.reject(supersededError());
      this.waiting = { view, pending: { resolve, reject } };
      signal?.addEventListener(
        'abort',
        () => {
          if (this.waiting?.view !== view) return;
          this.waiting.pending.reject(supersededError());
          this.waiting = undefined;
        },
        { once: true },
      );
      this.sendNext();
    });
  }

  lookup(ids: readonly string[]): Promise<Resource[]> {
    if (this.disposed || ids.length === 0) return Promise.resolve([]);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.lookups.set(id, { resolve, reject });
      this.post({ type: 'lookup', id, ids: [...ids] });
    });
  }

  /** Stops the worker; what is waiting rejects with an `AbortError`. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    for (const w of [this.inFlight, this.waiting]) w?.pending.reject(supersededError());
    for (const l of this.lookups.values()) l.resolve([]);
    this.inFlight = this.waiting = undefined;
    this.lookups.clear();
    this.markReady();
  }

  private sendNext(): void {
    const next = this.waiting;
    if (!next || this.inFlight || this.disposed) return;
    this.waiting = undefined;
    const id = ++this.nextId;
    this.inFlight = { id, ...next };
    this.post({ type: 'answer', id, view: next.view, now: Date.now() });
  }

  private post(message: ToDirectory): void {
    this.worker.postMessage(message);
  }
}

/** Options of {@link loadWorkerDirectory}. */
export interface WorkerDirectoryOptions extends PageDirectoryOptions {
  /** Hears when the records so far can be searched, and again each time more can. */
  onPartial?: (directory: Directory) => void;
  /** Starts the worker (tests; the default is the search worker). */
  startWorker?: () => Worker;
}

/**
 * Loads a feed's URL in a worker of its own. Resolves `undefined` when no worker can start here (an old browser, a
 * Content-Security-Policy without `worker-src blob:`): the caller then loads the feed in the page.
 */
export function loadWorkerDirectory(
  url: string,
  options: WorkerDirectoryOptions = {},
): Promise<DirectoryLoad | undefined> {
  const { signal, onProgress, onPartial } = options;
  let worker: Worker;
  try {
    worker = (options.startWorker ?? startSearchWorker)();
  } catch {
    return Promise.resolve(undefined);
  }
  const directory = new WorkerDirectory(worker);
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  return new Promise<DirectoryLoad | undefined>((resolve) => {
    let heard = false;
    let arrived: Extract<FromDirectory, { type: 'progress' }> | undefined;
    /** The latest news: the bytes and records arrived, and how many resources can be searched. */
    const report = () => {
      if (!arrived) return;
      onProgress?.({
        phase: 'download',
        received: arrived.received,
        ...(arrived.total ? { total: arrived.total } : {}),
        records: arrived.records,
        ...(directory.size > 0 ? { searchable: directory.size } : {}),
      });
    };
    const handed: Resource[] = [];
    const finish = (load: DirectoryLoad | undefined) => {
      signal?.removeEventListener('abort', cancel);
      resolve(load);
    };
    const cancel = () => {
      directory.dispose();
      finish({ ok: false, aborted: true });
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    options.stop?.addEventListener('abort', () => worker.postMessage({ type: 'stop' }), {
      once: true,
    });
    worker.onerror = (event) => {
      event.preventDefault();
      directory.dispose();
      // A worker that never spoke could not start: load in the page instead.
      finish(
        heard
          ? { ok: false, error: feedError('network', { detail: event.message || 'worker failed' }) }
          : undefined,
      );
    };
    worker.onmessage = ({ data }: MessageEvent<FromDirectory>) => {
      heard = true;
      if (signal?.aborted) return;
      if (data.type === 'progress') {
        arrived = data;
        report();
      } else if (data.type === 'pages') {
        onProgress?.({ phase: 'pages', page: data.page, totalPages: data.totalPages });
      } else if (data.type === 'grown') {
        directory.size = data.size;
        if (data.taxonomy) directory.taxonomy = data.taxonomy;
        onPartial?.(directory);
        report();
      } else if (data.type === 'resources') {
        for (const r of data.resources) handed.push(r);
      } else if (data.type === 'loaded') {
        const { load } = data;
        if (!load.ok) {
          directory.dispose();
          return finish(load);
        }
        const { size, ...loaded } = load;
        if (!data.handedOver) {
          directory.loaded(size);
          return finish({ ...loaded, directory });
        }
        // A small directory: answered in the page from now on (with the page's search code, loaded now).
        directory.dispose();
        void import('./page-directory.js')
          .then(({ localDirectory, searchVocabulary }) =>
            localDirectory(handed, { ...options, ...searchVocabulary(loaded.meta) }),
          )
          .then(
            (inPage) => finish({ ...loaded, directory: inPage }),
            () => finish({ ok: false, aborted: true }),
          );
      } else {
        directory.receive(data);
      }
    };
    const { timeout, format, maxPages, timeZone } = options;
    const message: ToDirectory = {
      type: 'load',
      // Each URL of a list (a spreadsheet's tables) is resolved against the page, not the worker.
      url: feedUrls(url)
        .map((u) => new URL(u, globalThis.document?.baseURI ?? globalThis.location?.href).href)
        .join(' '),
      options: {
        ...(timeout !== undefined ? { timeout } : {}),
        ...(format !== undefined ? { format } : {}),
        ...(maxPages !== undefined ? { maxPages } : {}),
        ...(timeZone !== undefined ? { timeZone } : {}),
        threshold,
        search: {},
      },
    };
    worker.postMessage(message);
    onProgress?.({ phase: 'download' });
  });
}

/**
 * Loads a directory where it is best kept: a feed's URL in a worker of its own (in the page where no worker can
 * start), records and text given by code in the page. The page's reading and search code is a file of its own, loaded
 * only then: a finder whose feed is searched in its worker never fetches it. Never throws.
 */
export async function loadDirectory(
  source: DirectorySource,
  options: WorkerDirectoryOptions = {},
): Promise<DirectoryLoad> {
  if ('url' in source && (typeof Worker === 'function' || options.startWorker)) {
    const loaded = await loadWorkerDirectory(source.url, options);
    if (loaded) return loaded;
  }
  return (await import('./page-directory.js')).loadPageDirectory(source, options);
}
