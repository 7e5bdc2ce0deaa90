/**
 * Parsing a large feed file off the page's thread: the worker runs `JSON.parse` and sends the records back in
 * batches, each a short task for the page, so that a 100 MB feed never freezes it.
 */
import type { FromWorker, ToWorker } from './search-worker.js';
import { startSearchWorker } from './search-worker-url.js';

/** From this size up, feed files are parsed in a worker (where workers exist). */
export const OFF_THREAD_BYTES = 2 * 2 ** 20;

/** The JSON in `buffer`, parsed in a worker. Rejects with a `SyntaxError` for invalid JSON, with another error when the worker fails. */
export function parseJsonOffThread(
  buffer: ArrayBuffer,
  startWorker: () => Worker = startSearchWorker,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let shell: unknown;
    let key: 'resources' | 'contents' | undefined;
    const records: unknown[] = [];
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'json') {
        shell = data.shell;
        key = data.key;
      } else if (data.type === 'json-batch') {
        for (const record of data.records) records.push(record);
      } else if (data.type === 'json-end') {
        finish(() => {
          if (key) (shell as Record<string, unknown>)[key] = records;
          resolve(Array.isArray(shell) ? records : shell);
        });
      } else if (data.type === 'json-invalid') {
        finish(() => reject(new SyntaxError(data.message)));
      } else if (data.type === 'failed') {
        finish(() => reject(new Error(data.message)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new Error(event.message || 'The worker could not start.')));
    };
    const message: ToWorker = { type: 'parse', buffer };
    worker.postMessage(message); // copied, not transferred: the caller keeps it to parse here if this fails
  });
}
