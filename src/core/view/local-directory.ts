/**
 * A directory over resources held in this thread: the records checked, their filter options numbered, and a search
 * engine (in this thread, or one that asks a worker). Every view is answered by the pure {@link answerView}. The page
 * uses it for small directories and records given by code; the worker uses it for the directory it owns.
 */
import type { Resource } from '../feed/schema.js';
import type { FacetIndex } from '../filters/facets.js';
import type { SearchEngine } from '../search/word-index.js';
import type { Directory } from './directory.js';
import { answerView, type View, type ViewAnswer } from './view.js';

/** A directory over resources held in this thread: the page's, or the worker's own. */
export class LocalDirectory implements Directory {
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

  /** What is shown for `view`; `now` decides what is open now (the hours filter). */
  async answer(view: View, signal?: AbortSignal, now = new Date()): Promise<ViewAnswer> {
    signal?.throwIfAborted();
    const hits = await this.engine.search(view.query);
    signal?.throwIfAborted();
    const answer = answerView(this.index, hits, view, now);
    if (hits.length || !view.query.trim() || !this.engine.correct) return answer;
    const didYouMean = await this.engine.correct(view.query);
    signal?.throwIfAborted();
    return didYouMean ? { ...answer, didYouMean } : answer;
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
