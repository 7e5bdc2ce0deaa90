/**
 * Starts the search worker from the module next to this one (bundlers such as Vite and webpack follow this
 * `new URL(…, import.meta.url)` form), through the Trusted Types policy of trusted-url.ts. The drop-in build replaces
 * this module with one that starts `resource-finder.worker.js`, the file beside it (see scripts/worker-beside.mjs).
 */
import { workerScriptUrl } from './trusted-url.js';

export function startSearchWorker(): Worker {
  return new Worker(workerScriptUrl(new URL('./search-worker.js', import.meta.url).href), {
    type: 'module',
    name: 'resource-finder search',
  });
}
