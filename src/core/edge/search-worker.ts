/**
 * The worker of large directories. It builds a {@link WordIndex} from the documents the page sends and answers
 * queries with plain rankings (document indexes, scores, matched words); and it parses large feed files, sending
 * the records back in batches so that no single task of the page has to take in 100,000 of them at once.
 * Loaded as a module next to this one, or inlined into the drop-in bundle at build time.
 */
import { decodeDocuments, WordIndex, type SearchOptions } from '../search/word-index.js';

/** Records per message when a parsed feed is sent back. */
const BATCH = 1000;

/** Messages the page sends. */
export type ToWorker =
  | { type: 'index'; documents: string; options: SearchOptions }
  | { type: 'search'; id: number; query: string }
  | { type: 'parse'; buffer: ArrayBuffer };

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'ready'; size: number }
  | { type: 'result'; id: number; ids: Uint32Array; scores: Float64Array; words: string[] }
  | { type: 'failed'; id?: number; message: string }
  /** A parsed feed: `shell` is the document with its list of records (at `key`, or the document itself) emptied. */
  | { type: 'json'; shell: unknown; key?: 'resources' | 'contents'; total: number }
  | { type: 'json-batch'; records: unknown[] }
  | { type: 'json-end' }
  | { type: 'json-invalid'; message: string };

interface Port {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

/** Answers the page's messages on `port` (the worker's global scope). */
export function serveSearch(port: Port): void {
  let index: WordIndex | undefined;
  port.onmessage = ({ data }) => {
    try {
      if (data.type === 'parse') {
        sendParsed(port, data.buffer);
      } else if (data.type === 'index') {
        index = new WordIndex(decodeDocuments(data.documents), data.options);
        port.postMessage({ type: 'ready', size: index.size });
      } else if (index) {
        const { ids, scores, words } = index.rank(data.query);
        // Rankings are cached here: send copies and keep the originals.
        const message = {
          type: 'result',
          id: data.id,
          ids: ids.slice(),
          scores: scores.slice(),
          words,
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

/** The key of a document's list of records: our `resources`, an HSDS page's `contents`, or none for an array. */
function recordsKey(data: unknown): 'resources' | 'contents' | undefined {
  for (const key of ['resources', 'contents'] as const) {
    if (data && typeof data === 'object' && Array.isArray((data as Record<string, unknown>)[key]))
      return key;
  }
  return undefined;
}

function sendParsed(port: Port, buffer: ArrayBuffer): void {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(buffer));
  } catch (e) {
    port.postMessage({ type: 'json-invalid', message: (e as Error).message });
    return;
  }
  const key = recordsKey(data);
  const records = key ? (data as Record<string, unknown[]>)[key]! : Array.isArray(data) ? data : [];
  const shell = key ? { ...(data as object), [key]: [] } : Array.isArray(data) ? [] : data;
  port.postMessage({ type: 'json', shell, ...(key ? { key } : {}), total: records.length });
  for (let i = 0; i < records.length; i += BATCH)
    port.postMessage({ type: 'json-batch', records: records.slice(i, i + BATCH) });
  port.postMessage({ type: 'json-end' });
}

serveSearch(self as unknown as Port);
