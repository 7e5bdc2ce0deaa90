/**
 * Starts the search worker from the module next to this one (bundlers such as Vite and webpack follow this
 * `new URL(…, import.meta.url)` form). The drop-in build replaces this module with one that starts the worker
 * from code inlined in the single file (see scripts/inline-worker.mjs).
 */
import { workerScriptUrl } from './trusted-url.js';

export function startSearchWorker(): Worker {
  return new Worker(workerScriptUrl(new URL('./search-worker.js', import.meta.url).href), {
    type: 'module',
    name: 'resource-finder search',
  });
}
