/**
 * Starts the search worker. Its default file is named from this module's own URL, in the `new URL(…, import.meta.url)`
 * form bundlers follow: the source's `search-worker.js` here (tests, and bundlers that compile the sources), and in
 * the built package the self-contained `resource-finder.worker.js` (a file with no imports: Vite and webpack copy it
 * as an asset, and the drop-in finds it beside itself; see scripts/worker-beside.mjs). A page may name another file
 * (the finder's `worker-url`, for builds that copy no asset, such as Angular's). The URL passes through the Trusted
 * Types policy of trusted-url.ts; from another origin (a CDN), where a worker cannot start from the file itself, a
 * same-origin module worker imports it.
 */
import { workerScriptUrl } from './trusted-url.js';

export function startSearchWorker(file?: string): Worker {
  const url = new URL(file ?? new URL('./search-worker.js', import.meta.url).href, location.href);
  const options: WorkerOptions = { type: 'module', name: 'resource-finder search' };
  if (url.origin === location.origin) return new Worker(workerScriptUrl(url.href), options);
  const shim = URL.createObjectURL(
    new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }),
  );
  const worker = new Worker(workerScriptUrl(shim), options);
  const revoke = () => URL.revokeObjectURL(shim);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
