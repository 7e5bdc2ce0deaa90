/**
 * The worker of large directories, in one of two roles. Given a feed's URL, it is the directory itself
 * ({@link DirectoryHost}): it loads, reads, checks and indexes the feed and answers whole views. Given the documents
 * of records the page holds, it builds a {@link WordIndex} and answers queries with plain rankings (document
 * indexes, scores, matched words). Loaded as a module next to this one, or inlined into the drop-in bundle.
 */
import { decodeDocuments, WordIndex, type SearchOptions } from '../search/word-index.js';
import { DirectoryHost, type FromDirectory, type ToDirectory } from './directory-host.js';

/** Messages the page sends. */
export type ToWorker =
  | { type: 'index'; documents: string; options: SearchOptions }
  | { type: 'search'; id: number; query: string };

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'ready'; size: number }
  | {
      type: 'result';
      id: number;
      ids: Uint32Array;
      scores: Float64Array;
      words: string[];
      /** When nothing matches: the nearest query the directory has words for. */
      correction?: string;
    }
  | { type: 'failed'; id?: number; message: string };

interface Port {
  onmessage: ((event: MessageEvent<ToWorker | ToDirectory>) => void) | null;
  postMessage(message: FromWorker | FromDirectory, transfer?: Transferable[]): void;
}

/** Answers the page's messages on `port` (the worker's global scope). */
export function serveSearch(port: Port): void {
  let index: WordIndex | undefined;
  let directory: DirectoryHost | undefined;
  port.onmessage = ({ data }) => {
    if (data.type !== 'index' && data.type !== 'search') {
      (directory ??= new DirectoryHost(port)).handle(data);
      return;
    }
    try {
      if (data.type === 'index') {
        index = new WordIndex(decodeDocuments(data.documents), data.options);
        port.postMessage({ type: 'ready', size: index.size });
      } else if (index) {
        const { ids, scores, words } = index.rank(data.query);
        const correction = ids.length ? undefined : index.correct(data.query);
        // Rankings are cached here: send copies and keep the originals.
        const message = {
          type: 'result',
          id: data.id,
          ids: ids.slice(),
          scores: scores.slice(),
          words,
          ...(correction ? { correction } : {}),
        };
        port.postMessage(message as FromWorker, [message.ids.buffer, message.scores.buffer]);
      } else {
        port.postMessage({ type: 'failed', id: data.id, message: 'The index is not built yet.' });
      }
    } catch (e) {
      port.postMessage({
        type: 'failed',
        ...(data.type === 'search' ? { id: data.id } : {}),
        message: (e as Error).message,
      });
    }
  };
}

serveSearch(self as unknown as Port);
