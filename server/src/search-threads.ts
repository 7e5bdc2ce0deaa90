/**
 * Searches of the index (search-memory.ts) in threads of their own: the index's arrays are in shared memory
 * (search-index.ts), each thread reads them where they are and keeps its own search arrays. The process's thread then
 * only reads requests, asks PostgreSQL and writes answers, while searches run on the machine's other cores, several at
 * a time. A thread that fails is replaced, and what it was asked is answered in the process's thread.
 */
import { Worker } from 'node:worker_threads';
import { INDEX_ARRAYS, type SearchIndex } from './search-index.js';
import {
  searchArrays,
  type ArraysAnswer,
  type ArraysQuery,
  type IndexArrays,
} from './search-memory.js';
import type { FromThread, ToThread } from './search-thread.js';

/** The index's arrays, without its strings (ids, words, names of keys), which stay in the process's thread. */
function arraysOf(index: SearchIndex): IndexArrays {
  return Object.fromEntries(INDEX_ARRAYS.map((key) => [key, index[key]])) as unknown as IndexArrays;
}

interface Thread {
  worker: Worker;
  /** Searches sent and not answered yet. */
  waiting: Map<
    number,
    {
      index: SearchIndex;
      query: ArraysQuery;
      done: (a: ArraysAnswer) => void;
      failed: (e: Error) => void;
    }
  >;
}

export class SearchThreads {
  private readonly threads: Thread[] = [];
  /** The index the threads hold, and its number. */
  private index?: SearchIndex;
  private indexNumber = 0;
  private next = 0;
  private closed = false;

  constructor(
    readonly count: number,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Answers `query` from `index` in the least busy thread. */
  search(index: SearchIndex, query: ArraysQuery): Promise<ArraysAnswer> {
    if (this.closed || this.count <= 0) return Promise.resolve(searchArrays(index, query));
    if (index !== this.index) this.hold(index);
    while (this.threads.length < this.count) this.threads.push(this.start());
    const thread = this.threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = ++this.next;
    return new Promise<ArraysAnswer>((done, failed) => {
      thread.waiting.set(id, { index, query, done, failed });
      thread.worker.postMessage({
        type: 'search',
        id,
        index: this.indexNumber,
        query,
      } satisfies ToThread);
    });
  }

  /** Lets go of the index the threads hold (before the next is read: at a million services, a gigabyte). */
  release(): void {
    if (!this.index) return;
    this.index = undefined;
    for (const { worker } of this.threads)
      worker.postMessage({ type: 'drop', index: this.indexNumber } satisfies ToThread);
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
    for (const t of threads) this.answerHere(t);
  }

  /** Gives the threads `index` in place of the one they hold (whose search arrays they then let go). */
  private hold(index: SearchIndex): void {
    const before = this.index ? this.indexNumber : 0;
    this.index = index;
    this.indexNumber++;
    const arrays = arraysOf(index);
    for (const { worker } of this.threads) {
      if (before) worker.postMessage({ type: 'drop', index: before } satisfies ToThread);
      worker.postMessage({
        type: 'index',
        index: this.indexNumber,
        arrays,
      } satisfies ToThread);
    }
  }

  private start(): Thread {
    const worker = new Worker(new URL('./search-thread.js', import.meta.url));
    // The threads never keep the process alive.
    worker.unref();
    const thread: Thread = { worker, waiting: new Map() };
    if (this.index)
      worker.postMessage({
        type: 'index',
        index: this.indexNumber,
        arrays: arraysOf(this.index),
      } satisfies ToThread);
    worker.on('message', (message: FromThread) => {
      const asked = thread.waiting.get(message.id);
      if (!asked) return;
      thread.waiting.delete(message.id);
      if ('answer' in message) asked.done(message.answer);
      else asked.failed(new Error(message.error));
    });
    const lost = (why: string) => {
      const at = this.threads.indexOf(thread);
      if (at < 0) return;
      this.threads.splice(at, 1);
      if (!this.closed) this.log(`a search thread stopped (${why}); another is started`);
      this.answerHere(thread);
    };
    worker.on('error', (e: Error) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return thread;
  }

  /** Answers in this thread what `thread` was asked and did not answer. */
  private answerHere(thread: Thread): void {
    for (const { index, query, done, failed } of thread.waiting.values()) {
      try {
        done(searchArrays(index, query));
      } catch (e) {
        failed(e as Error);
      }
    }
    thread.waiting.clear();
  }
}
