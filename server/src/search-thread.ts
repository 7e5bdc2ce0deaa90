/**
 * A search thread (see search-threads.ts): it receives an index's arrays once, in shared memory, and answers the
 * searches it is sent with `searchArrays`, in search arrays of its own.
 */
import { parentPort } from 'node:worker_threads';
import { searchArrays, type ArraysQuery, type IndexArrays } from './search-memory.js';

/** What the pool sends. */
export type ToThread =
  | { type: 'index'; index: number; arrays: IndexArrays }
  | { type: 'drop'; index: number }
  | { type: 'search'; id: number; index: number; query: ArraysQuery };

/** What the thread answers. */
export type FromThread =
  { id: number; answer: ReturnType<typeof searchArrays> } | { id: number; error: string };

const indexes = new Map<number, IndexArrays>();
const port = parentPort!;

port.on('message', (message: ToThread) => {
  if (message.type === 'index') indexes.set(message.index, message.arrays);
  else if (message.type === 'drop') indexes.delete(message.index);
  else {
    const { id } = message;
    try {
      const arrays = indexes.get(message.index);
      if (!arrays) throw new Error(`no index ${message.index} in this search thread`);
      const answer = searchArrays(arrays, message.query);
      port.postMessage(
        { id, answer } satisfies FromThread,
        answer.counts ? [answer.counts.buffer as ArrayBuffer] : [],
      );
    } catch (e) {
      port.postMessage({ id, error: (e as Error).message } satisfies FromThread);
    }
  }
});
