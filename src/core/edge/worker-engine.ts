/**
 * The built-in engine in a Web Worker, for large directories: the index is built and queried off the page's
 * thread, so typing and scrolling never wait on search. Same interface and same results as {@link WordIndexEngine};
 * when a worker cannot start (old browser, a Content-Security-Policy without `worker-src blob:`), it searches in
 * this thread instead.
 */
import type { TaxonomyTerm } from '../feed/taxonomy.js';
import { runStepsInSlices } from './slices.js';
import { type Steps } from '../steps/steps.js';
import {
  browseHits,
  DOCUMENT_SEPARATOR,
  encodeDocument,
  hitsOf,
  queryTokens,
  searchDocument,
  searchVocabulary,
  WordIndexEngine,
  type SearchEngine,
  type SearchHit,
  type SearchOptions,
} from '../search/word-index.js';
import type { FromWorker, ToWorker } from './search-worker.js';
import { startSearchWorker } from './search-worker-url.js';
import { supersededError } from './superseded.js';
import type { Resource } from '../feed/schema.js';

interface Waiting {
  query: string;
  resolve: (hits: SearchHit[]) => void;
  reject: (error: unknown) => void;
}

/** Options of {@link WorkerSearchEngine}. */
export interface WorkerEngineOptions extends SearchOptions {
  /** Starts the worker; the default loads the worker module (or the inlined code of the drop-in bundle). */
  startWorker?: () => Worker;
}

/** The documents of `resources` as one string for the worker, as {@link Steps}. */
function* encodeSteps(
  resources: readonly Resource[],
  taxonomy?: readonly TaxonomyTerm[],
): Steps<string> {
  const parts = new Array<string>(resources.length);
  for (let i = 0; i < resources.length; i++) {
    if (i % 256 === 255) yield i / resources.length;
    parts[i] = encodeDocument(searchDocument(resources[i]!, taxonomy));
  }
  return parts.join(DOCUMENT_SEPARATOR);
}

export { supersededError };

/** The built-in engine in a Web Worker. */
export class WorkerSearchEngine implements SearchEngine {
  readonly size: number;
  /** Resolves when the index is built (in the worker, or in this thread when no worker could start). */
  readonly ready: Promise<void>;
  private readonly resources: readonly Resource[];
  private readonly options: WorkerEngineOptions;
  private worker?: Worker;
  private fallback?: WordIndexEngine;
  private inFlight?: Waiting & { id: number };
  private waiting?: Waiting;
  private nextId = 0;
  private disposed = false;
  private browseAll?: SearchHit[];
  /** Corrections the worker gave with the queries that found nothing. */
  private readonly corrections = new Map<string, string>();

  constructor(resources: readonly Resource[], options: WorkerEngineOptions = {}) {
    this.resources = resources;
    this.size = resources.length;
    this.options = options;
    this.ready = this.start();
  }

  /** True while queries are answered by the worker; false after falling back to this thread. */
  get inWorker(): boolean {
    return !!this.worker && !this.fallback;
  }

  private async start(): Promise<void> {
    // Prepare the documents in slices: 100,000 resources would otherwise hold the page for a few hundred ms.
    const documents = await runStepsInSlices(encodeSteps(this.resources, this.options.taxonomy));
    if (this.disposed) return;
    const { startWorker = startSearchWorker, minFuzzyLength } = this.options;
    try {
      const worker = startWorker();
      await new Promise<void>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
          if (data.type === 'ready') resolve();
          else if (data.type === 'failed') reject(new Error(data.message));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(event.message || 'The search worker could not start.'));
        };
        const message: ToWorker = {
          type: 'index',
          documents,
          options: {
            ...(minFuzzyLength !== undefined ? { minFuzzyLength } : {}),
            ...searchVocabulary(this.options),
          },
        };
        worker.postMessage(message);
      });
      if (this.disposed) {
        worker.terminate();
        return;
      }
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => this.answer(data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fallBack();
      };
      this.worker = worker;
    } catch {
      this.fallBack();
    }
  }

  /** Searches in this thread from now on (the worker failed). Queries waiting are answered here. */
  private fallBack(): void {
    this.worker?.terminate();
    this.fallback ??= new WordIndexEngine(this.resources, this.options);
    const pending = [this.inFlight, this.waiting].filter((w): w is Waiting => !!w);
    this.inFlight = this.waiting = undefined;
    for (const w of pending) w.resolve(this.fallback.searchSync(w.query));
  }

  private answer(data: FromWorker): void {
    const current = this.inFlight;
    if (!current || !('id' in data) || data.id !== current.id) return;
    this.inFlight = undefined;
    if (data.type === 'result') {
      if (data.correction) {
        if (this.corrections.size > 16) this.corrections.clear();
        this.corrections.set(current.query, data.correction);
      }
      current.resolve(hitsOf(this.resources, data));
    } else current.reject(new Error(data.type === 'failed' ? data.message : 'unexpected answer'));
    this.sendNext();
  }

  private sendNext(): void {
    const next = this.waiting;
    if (!next || !this.worker || this.inFlight) return;
    this.waiting = undefined;
    const id = ++this.nextId;
    this.inFlight = { ...next, id };
    const message: ToWorker = { type: 'search', id, query: next.query };
    this.worker.postMessage(message);
  }

  /**
   * Resources matching `query`, best first. One query at a time goes to the worker; when several are typed while
   * it works, only the newest is sent and the ones it replaced reject with an `AbortError`.
   */
  async search(query: string): Promise<SearchHit[]> {
    if (queryTokens(query).length === 0) return (this.browseAll ??= browseHits(this.resources));
    await this.ready;
    if (this.disposed) throw supersededError();
    if (this.fallback) return this.fallback.searchSync(query);
    return new Promise<SearchHit[]>((resolve, reject) => {
      this.waiting?.reject(supersededError());
      this.waiting = { query, resolve, reject };
      this.sendNext();
    });
  }

  /** See {@link SearchEngine.correct}: the worker says it with the (empty) answer to the same query. */
  async correct(query: string): Promise<string | undefined> {
    if (this.fallback) return this.fallback.correct(query);
    return this.corrections.get(query);
  }

  /** Stops the worker; pending queries reject with an `AbortError`. */
  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    for (const w of [this.inFlight, this.waiting]) w?.reject(supersededError());
    this.inFlight = this.waiting = undefined;
  }
}
