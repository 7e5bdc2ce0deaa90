/**
 * Loading a feed: fetching (with a timeout on silence and cancellation), reading it as it arrives (see
 * {@link FeedStream}), following the pages of an HSDS API (the next page is fetched while this one is read). Nothing
 * here throws for bad data or a bad network: failures come back as `error`, and a feed that stops part-way keeps
 * every whole record it sent, with a problem that says what is missing.
 */
import type { FeedProblem, FeedResult } from '../feed/records.js';
import { feedError, feedOutcome, type FeedError, type FeedLoad } from '../feed/read.js';
import { FeedStream } from '../feed/stream.js';
import type { FeedFormat, HsdsOptions } from '../hsds/mapping.js';
import { problemOf } from '../feed/problems.js';
import { runStepsInSlices, yieldToPage, SLICE_MS } from './slices.js';
import { feedUrls } from './feed-urls.js';
import { startsTabular } from '../csv/sniff.js';

export { feedUrls };

/** Options for {@link loadFeed}. */
export interface LoadFeedOptions extends HsdsOptions {
  /** Cancels the request (a newer `src` replaces this one). */
  signal?: AbortSignal;
  /**
   * Milliseconds in which nothing arrives before a request is given up: waiting for the response to start, or a
   * stall in its body. A download that keeps making progress is never cut. Default 15000.
   */
  timeout?: number;
  /** `auto` (default) recognizes the format; `native` or `hsds` forces one. */
  format?: FeedFormat;
  /** Most pages of an HSDS API to load. Default 20. */
  maxPages?: number;
  /** Called as the feed's bytes arrive, with its size when the server gives one. */
  onBytes?: (received: number, total?: number) => void;
  /**
   * Stops reading when it aborts (the visitor pressed "Stop loading"): the whole records read so far are kept, as for
   * a connection that drops. Before any has arrived, loading is cancelled.
   */
  stop?: AbortSignal;
  /**
   * Lets a document that arrives faster than it can be read be parsed whole (`JSON.parse` reads about three times as
   * fast, in one long task): for a worker, never for the page's own thread.
   */
  parseWhole?: boolean;
  /** Called before each further page of an HSDS API is read. */
  onProgress?: (progress: { page: number; totalPages: number }) => void;
  /**
   * Called between slices of reading, with the stream: its valid resources so far can be shown and searched.
   * Reading runs in slices that give the thread back between them, so a feed of 100,000 services never freezes it.
   */
  onRecords?: (stream: FeedStream) => void;
}

/** One byte array of the pieces. */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.byteLength;
  }
  return whole;
}

/**
 * Reads spreadsheet files (their code loaded on demand: a JSON feed never brings it) into a load result, in slices.
 */
async function readTabular(
  files: Array<{ name: string; bytes: Uint8Array }>,
  options: LoadFeedOptions,
): Promise<FeedLoad> {
  const { tabularSteps } = await import('../csv/spreadsheet.js');
  try {
    return feedOutcome(
      await runStepsInSlices(tabularSteps(files, options), undefined, options.signal),
    );
  } catch (e) {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    throw e;
  }
}

/** Why a feed is only in part when the visitor stopped loading (stable English, like problems). */
const STOPPED = 'Loading was stopped.';

/** Bytes handed to the parser at once: a slice of reading is a few milliseconds. */
const PIECE = 64 * 1024;

/**
 * A timer that aborts when nothing happens for `ms`: waiting for the response to start, or for the next bytes of its
 * body. A download that keeps making progress never times out, however slow.
 */
function stallTimer(ms: number): { signal: AbortSignal; touch(): void; stop(): void } {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), ms);
  };
  touch();
  return { signal: controller.signal, touch, stop: () => clearTimeout(timer) };
}

/** How a fetch ended: whole, or failed (`started`: some of its body had arrived), or cancelled by the caller. */
type Fetched =
  { ok: true } | { ok: false; error: FeedError; started: boolean } | { ok: false; aborted: true };

/**
 * Fetches `url` and hands its body's bytes to `sink` as they arrive. `timeoutMs` bounds a wait in which nothing
 * arrives, not the whole download. `sink` returns false to stop reading (the data is broken).
 */
async function fetchInto(
  url: string,
  timeoutMs: number,
  sink: (bytes: Uint8Array) => boolean,
  signal?: AbortSignal,
  onBytes?: (received: number, total?: number) => void,
): Promise<Fetched> {
  const stall = stallTimer(timeoutMs);
  let received = -1;
  try {
    const response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, stall.signal]) : stall.signal,
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.8' },
      credentials: 'same-origin',
    });
    stall.touch();
    received = 0;
    if (!response.ok) {
      return {
        ok: false,
        started: false,
        error: feedError('http', {
          status: response.status,
          ...(response.statusText ? { statusText: response.statusText } : {}),
        }),
      };
    }
    const length = Number(response.headers.get('Content-Length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      onBytes?.(bytes.byteLength, total);
      sink(bytes);
      return { ok: true };
    }
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      stall.touch();
      received += value.byteLength;
      onBytes?.(received, total);
      if (!sink(value)) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
    return { ok: true };
  } catch (e) {
    if (signal?.aborted) return { ok: false, aborted: true };
    const seconds = timeoutMs / 1000;
    const started = received > 0;
    if (stall.signal.aborted)
      return {
        ok: false,
        started,
        error: feedError('timeout', received < 0 ? { seconds } : { seconds, received }),
      };
    return { ok: false, started, error: feedError('network', { detail: (e as Error).message }) };
  } finally {
    stall.stop();
  }
}

/** Fetches `url` whole, as the pieces of its body (a page read ahead while the one before is parsed). */
async function fetchAhead(
  url: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ fetched: Fetched; pieces: Uint8Array[] }> {
  const pieces: Uint8Array[] = [];
  const fetched = await fetchInto(url, timeoutMs, (bytes) => (pieces.push(bytes), true), signal);
  return { fetched, pieces };
}

/** From this many bytes up, a document may be parsed whole rather than read piece by piece. */
const WHOLE_MIN_BYTES = 4 * 2 ** 20;
/** ... when at least this share of it is still unread once it has all arrived. */
const WHOLE_MIN_SHARE = 0.3;

/**
 * Reads one document's bytes into a {@link FeedStream} as they come, in slices that give the thread back, without
 * holding the network back: bytes that arrive while it reads wait in a queue. Where allowed, it keeps every byte, so
 * that a document that arrived much faster than it could be read can be parsed whole instead.
 */
class DocumentReader {
  private readonly queue: Uint8Array[] = [];
  private kept: Uint8Array[] = [];
  private received = 0;
  private read = 0;
  private closed = false;
  private halted = false;
  private wake?: () => void;

  constructor(
    private readonly stream: FeedStream,
    private readonly keep: boolean,
    private readonly onRecords: () => void,
    private readonly signal?: AbortSignal,
  ) {}

  /** More bytes arrived; false once reading more is pointless (broken JSON, cancelled). */
  push(bytes: Uint8Array): boolean {
    this.queue.push(bytes);
    if (this.keep) this.kept.push(bytes);
    this.received += bytes.byteLength;
    this.wake?.();
    return !this.stream.broken && !this.signal?.aborted;
  }

  /** No more bytes will come. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Whether the document, all arrived, is better parsed whole than read on. */
  worthParsingWhole(): boolean {
    const unread = this.received - this.read;
    return (
      this.keep &&
      !this.stream.broken &&
      this.received >= WHOLE_MIN_BYTES &&
      unread >= WHOLE_MIN_SHARE * this.received
    );
  }

  /** Stops reading piece by piece; returns every byte of the document. */
  halt(): Uint8Array {
    this.halted = true;
    this.wake?.();
    const whole = joined(this.kept);
    this.kept = [];
    return whole;
  }

  /** Reads piece by piece again, from where it stopped. */
  resume(): void {
    this.halted = false;
  }

  /** Reads the queued bytes until the document is closed and read, or reading is halted. */
  async run(): Promise<void> {
    let end = performance.now() + SLICE_MS;
    for (;;) {
      if (this.halted || this.signal?.aborted) return;
      const bytes = this.queue.shift();
      if (!bytes) {
        if (this.closed) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      for (let at = 0; at < bytes.byteLength; at += PIECE) {
        if (this.stream.broken) return;
        const piece = bytes.subarray(at, at + PIECE);
        this.stream.write(piece);
        this.read += piece.byteLength;
        if (performance.now() > end) {
          this.onRecords();
          await yieldToPage();
          if (this.halted || this.signal?.aborted) {
            // What was not read waits, in order, for a reading that resumes.
            const rest = bytes.subarray(at + piece.byteLength);
            if (rest.byteLength) this.queue.unshift(rest);
            return;
          }
          end = performance.now() + SLICE_MS;
        }
      }
      this.onRecords();
    }
  }
}

/** The URL of another page of the same HSDS API: the same URL with `page=N` (other parameters such as per_page kept). */
export function pageUrl(url: string, page: number): string {
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const absolute = new URL(url, base);
  absolute.searchParams.set('page', String(page));
  // Keep the caller's form: relative in, relative out.
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? absolute.href : `${absolute.pathname}${absolute.search}`;
}

/**
 * Fetches and reads a feed as it arrives. An HSDS API page is followed by its next pages (up to `maxPages`, each
 * fetched while the one before is read); when a later page fails, the pages already loaded are kept and the failure
 * is reported. When the connection drops or stalls part-way, the whole records that arrived are kept and the
 * problem says what is missing. Never throws.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedLoad> {
  const { timeout = 15000, format = 'auto', maxPages = 20, stop } = options;
  const stream = new FeedStream({
    format,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.languageLookup ? { languageLookup: options.languageLookup } : {}),
  });
  // Stopping ends the requests like cancelling does; what was read is kept below.
  const signal =
    stop && options.signal ? AbortSignal.any([options.signal, stop]) : (stop ?? options.signal);
  const cancelled = () => !!options.signal?.aborted || (!!stop?.aborted && stream.records === 0);
  const onRecords = () => options.onRecords?.(stream);
  /** Reads one document: as it arrives, or parsed whole when it arrived faster than it could be read. */
  const readDocument = async (
    fetch: (push: (bytes: Uint8Array) => boolean) => Promise<Fetched>,
  ): Promise<Fetched> => {
    const reader = new DocumentReader(stream, !!options.parseWhole, onRecords, signal);
    const reading = reader.run();
    const fetched = await fetch((bytes) => reader.push(bytes));
    reader.close();
    if (fetched.ok && reader.worthParsingWhole()) {
      const whole = reader.halt();
      await reading;
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(whole));
      } catch {
        // Broken JSON: read on piece by piece, to keep the records before the damage.
        reader.resume();
        await reader.run();
        return fetched;
      }
      try {
        await runStepsInSlices(stream.finishSteps(data), onRecords, signal);
      } catch (e) {
        if (!signal?.aborted) throw e;
      }
      onRecords();
      return fetched;
    }
    await reading;
    onRecords();
    return fetched;
  };
  const problems: FeedProblem[] = [];
  let incomplete: FeedResult['incomplete'];

  // Several URLs are the files of one spreadsheet feed (HSDS's tables), each read whole.
  const urls = feedUrls(url);
  if (urls.length > 1) {
    const files = [];
    let received = 0;
    for (const each of urls) {
      // Stopping or cancelling before every table has arrived reads none: a table missing would change the others.
      const { fetched, pieces } = await fetchAhead(each, timeout, signal);
      if (!fetched.ok) return 'error' in fetched ? { ok: false, error: fetched.error } : fetched;
      const bytes = joined(pieces);
      options.onBytes?.((received += bytes.byteLength));
      files.push({ name: new URL(each, 'http://localhost/').pathname, bytes });
    }
    return readTabular(files, options);
  }

  // A document that does not begin as JSON is a spreadsheet: its bytes are kept whole, for the CSV reader.
  let tabular: Uint8Array[] | undefined;
  let sniffed: boolean | undefined;
  const first = await readDocument((push) =>
    fetchInto(
      url,
      timeout,
      (bytes) => {
        sniffed ??= startsTabular(bytes);
        if (!sniffed) return push(bytes);
        (tabular ??= []).push(bytes);
        return true;
      },
      signal,
      options.onBytes,
    ),
  );
  if (cancelled()) return { ok: false, aborted: true };
  if (tabular) {
    // A spreadsheet cut short is not read: its last row, or its zip, would be wrong without saying so.
    if (!first.ok) return 'error' in first ? { ok: false, error: first.error } : first;
    return readTabular(
      [{ name: new URL(url, 'http://localhost/').pathname, bytes: joined(tabular) }],
      options,
    );
  }
  if (!first.ok && 'aborted' in first && !stop?.aborted) return { ok: false, aborted: true };
  if (!first.ok && 'error' in first && !first.started) return { ok: false, error: first.error };

  const doc = stream.document;
  const hsds = stream.pageComplete && isPage(doc) && format !== 'native';
  if (first.ok && hsds && !stop?.aborted) {
    const startPage = Number(doc.page_number ?? 1);
    const totalPages = Number(doc.total_pages ?? 1);
    const lastPage = Math.min(totalPages, startPage + maxPages - 1);
    let loaded = 1;
    let ahead =
      startPage < lastPage ? fetchAhead(pageUrl(url, startPage + 1), timeout, signal) : undefined;
    for (let page = startPage + 1; ahead && page <= lastPage; page++) {
      options.onProgress?.({ page, totalPages: lastPage - startPage + 1 });
      const { fetched, pieces } = await ahead;
      ahead = page < lastPage ? fetchAhead(pageUrl(url, page + 1), timeout, signal) : undefined;
      if (options.signal?.aborted) return { ok: false, aborted: true };
      /** Page `page` and the ones after it are missing, because of `detail`. */
      const missing = (detail: string): FeedProblem => ({
        index: -1,
        path: `page ${page}`,
        ...problemOf('page-failed', { detail, from: startPage, to: page - 1, total: totalPages }),
      });
      if (stop?.aborted) {
        incomplete = { loadedPages: loaded, totalPages, message: STOPPED, stopped: true };
        problems.push(missing(STOPPED));
        break;
      }
      if (!fetched.ok && 'aborted' in fetched) return { ok: false, aborted: true };
      let pageProblem: FeedProblem | undefined;
      if (fetched.ok) {
        stream.nextPage();
        await readDocument(async (push) => {
          for (const piece of pieces) if (!push(piece)) break;
          return fetched;
        });
        if (options.signal?.aborted) return { ok: false, aborted: true };
        if (!stream.pageComplete) {
          incomplete = { loadedPages: loaded, totalPages, message: 'not an HSDS page' };
          pageProblem = { index: -1, path: `page ${page}`, ...problemOf('not-hsds-page') };
        }
      } else {
        incomplete = { loadedPages: loaded, totalPages, message: fetched.error.message };
        pageProblem = missing(fetched.error.message);
      }
      if (pageProblem) {
        problems.push(pageProblem);
        void ahead?.catch(() => undefined);
        break;
      }
      loaded += 1;
    }
    if (!incomplete && totalPages > lastPage) {
      incomplete = {
        loadedPages: loaded,
        totalPages,
        message: `at most ${maxPages} pages are loaded`,
      };
      problems.push({
        index: -1,
        path: `page ${lastPage + 1}`,
        ...problemOf('page-limit', { limit: maxPages, total: totalPages }),
      });
    }
    // Every page read is whole; `cut` gives what was read without asking for more (a later page may have failed).
    const read = stream.cut(incomplete?.message ?? '');
    if (!read.ok) return { ok: false, error: feedError('empty', { total: 0 }) };
    return feedOutcome({
      ...read.result,
      problems: [...problems, ...read.result.problems],
      ...(incomplete ? { incomplete } : {}),
    });
  }

  // One document, whole or cut short.
  const read = stop?.aborted
    ? stream.cut(STOPPED)
    : first.ok
      ? stream.end()
      : stream.cut('error' in first ? first.error.message : STOPPED);
  if (!read.ok) {
    if (!first.ok && 'error' in first) return { ok: false, error: first.error };
    return { ok: false, error: feedError('json', { detail: read.syntaxError ?? '' }) };
  }
  if (read.cut === undefined) return feedOutcome(read.result);
  const kept = read.result.total;
  // Broken JSON, not a network that failed: the error names it.
  const damaged = first.ok && !stop?.aborted;
  const detail = damaged ? feedError('json', { detail: read.cut }).message : read.cut;
  return feedOutcome({
    ...read.result,
    problems: [
      { index: -1, path: '(feed)', ...problemOf('feed-cut', { detail, kept }) },
      ...read.result.problems,
    ],
    incomplete: {
      loadedPages: 0,
      totalPages: 1,
      message: detail,
      cut: kept,
      ...(stop?.aborted ? { stopped: true } : {}),
      ...(damaged ? { damaged: true } : {}),
    },
  });
}

/** Whether a document's own properties are those of an HSDS API page. */
function isPage(doc: Readonly<Record<string, unknown>>): boolean {
  return 'total_pages' in doc || 'page_number' in doc || 'total_items' in doc;
}
