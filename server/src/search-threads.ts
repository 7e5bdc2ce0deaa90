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

/** A search asked and not answered yet. */
interface Asked {
  id: number;
  index: SearchIndex;
  query: ArraysQuery;
  done: (a: ArraysAnswer) => void;
  failed: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The search it is answering, if any. */
  working?: Asked;
}

/**
 * The search threads, and the searches waiting for one, in the order they were asked: a thread is sent the next one
 * when it has answered the last, so that no search waits behind a long one while another thread is free.
 */
export class SearchThreads {
  private readonly threads: Thread[] = [];
  private readonly queue: Asked[] = [];
  /** The index the threads hold, and its number. */
  private index?: SearchIndex;
  private indexNumber = 0;
  private next = 0;
  private closed = false;

  constructor(
    readonly count: number,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Answers `query` from `index` in the first thread free. */
  search(index: SearchIndex, query: ArraysQuery): Promise<ArraysAnswer> {
    if (this.closed || this.count <= 0) return Promise.resolve(searchArrays(index, query));
    if (index !== this.index) this.hold(index);
    return new Promise<ArraysAnswer>((done, failed) => {
      this.queue.push({ id: ++this.next, index, query, done, failed });
      this.dispatch();
    });
  }

  /** Sends the searches waiting to the threads free. */
  private dispatch(): void {
    if (this.closed || !this.queue.length) return;
    while (this.threads.length < this.count) this.threads.push(this.start());
    for (const thread of this.threads) {
      if (thread.working) continue;
      let asked = this.queue.shift();
      // Asked of an index the threads no longer hold (another was read since): answered here, from it.
      while (asked && asked.index !== this.index) {
        answer(asked);
        asked = this.queue.shift();
      }
      if (!asked) return;
      thread.working = asked;
      thread.worker.postMessage({
        type: 'search',
        id: asked.id,
        index: this.indexNumber,
        query: asked.query,
      } satisfies ToThread);
    }
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
    for (const asked of this.queue.splice(0)) answer(asked);
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
    const thread: Thread = { worker };
    if (this.index)
      worker.postMessage({
        type: 'index',
        index: this.indexNumber,
        arrays: arraysOf(this.index),
      } satisfies ToThread);
    worker.on('message', (message: FromThread) => {
      const asked = thread.working;
      if (asked?.id !== message.id) return;
      thread.working = undefined;
      if ('answer' in message) asked.done(message.answer);
      else asked.failed(new Error(message.error));
      this.dispatch();
    });
    const lost = (why: string) => {
      const at = this.threads.indexOf(thread);
      if (at < 0) return;
      this.threads.splice(at, 1);
      if (!this.closed) this.log(`a search thread stopped (${why}); another is started`);
      this.answerHere(thread);
      this.dispatch();
    };
    worker.on('error', (e: Error) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return thread;
  }

  /** Answers in this thread what `thread` was asked and did not answer. */
  private answerHere(thread: Thread): void {
    if (thread.working) answer(thread.working);
    thread.working = undefined;
  }
}

/** Answers a search in this thread. */
function answer({ index, query, done, failed }: Asked): void {
  try {
    done(searchArrays(index, query));
  } catch (e) {
    failed(e as Error);
  }
}
