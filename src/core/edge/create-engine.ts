/** Choosing the engine: in this thread for small directories, in a Web Worker above a size threshold. */
import {
  DEFAULT_WORKER_THRESHOLD,
  WordIndexEngine,
  type SearchEngine,
  type SearchOptions,
} from '../search/word-index.js';
import { WorkerSearchEngine } from './worker-engine.js';
import type { Resource } from '../feed/schema.js';

/**
 * Builds the default search engine over `resources`: {@link WordIndexEngine} in this thread, or, from
 * `workerThreshold` resources up (default {@link DEFAULT_WORKER_THRESHOLD}) and where workers exist, the same
 * engine in a Web Worker ({@link WorkerSearchEngine}). Both give the same results.
 */
export function createSearchEngine(
  resources: readonly Resource[],
  options: SearchOptions = {},
): SearchEngine {
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  if (resources.length >= threshold && typeof Worker === 'function')
    return new WorkerSearchEngine(resources, options);
  return new WordIndexEngine(resources, options);
}
