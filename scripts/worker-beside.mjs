/**
 * Rollup plugin for the drop-in bundle: replaces src/core/edge/search-worker-url.ts with a module that starts the
 * worker from `resource-finder.worker.js`, the file built beside the bundle (the worker owns large directories: it
 * holds the feed reader, the HSDS mapping and the checks, so inlining it would double the drop-in's weight). The file
 * is found from the bundle's own URL, so the snippet works from any folder; from another origin (a CDN), where a
 * worker cannot start from the file itself, a same-origin module worker imports it.
 */
export const WORKER_FILE = 'resource-finder.worker.js';

export default function workerBeside() {
  return {
    name: 'worker-beside',
    load(id) {
      if (!/[\\/]src[\\/]core[\\/]edge[\\/]search-worker-url\.ts$/.test(id)) return null;
      return `import { workerScriptUrl } from './trusted-url.js';

export function startSearchWorker() {
  const url = new URL('./${WORKER_FILE}', import.meta.url);
  const options = { type: 'module', name: 'resource-finder search' };
  if (url.origin === location.origin) return new Worker(workerScriptUrl(url.href), options);
  const shim = URL.createObjectURL(
    new Blob(['import ' + JSON.stringify(url.href) + ';'], { type: 'text/javascript' }),
  );
  const worker = new Worker(workerScriptUrl(shim), options);
  const revoke = () => URL.revokeObjectURL(shim);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
`;
    },
  };
}
