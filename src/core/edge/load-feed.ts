/**
 * Loading a feed: fetching (with a timeout and cancellation), recognizing its format, following the pages of an
 * HSDS API, and parsing. Nothing here throws for bad data or a bad network: failures come back as `error`.
 */
import type { FeedProblem, FeedResult } from '../feed/records.js';
import {
  feedDataSteps,
  feedError,
  feedOutcome,
  type FeedError,
  type FeedLoad,
} from '../feed/read.js';
import { detectFormat, isHsdsPage, type FeedFormat, type HsdsOptions } from '../hsds/mapping.js';
import { OFF_THREAD_BYTES, parseJsonOffThread } from './off-thread-json.js';
import { runStepsInSlices } from './slices.js';
import { problemOf } from '../feed/problems.js';

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
  /** Called before each further page of an HSDS API is requested. */
  onProgress?: (progress: { page: number; totalPages: number }) => void;
  /**
   * Called while a large feed is checked (0 to 1). Checking runs in slices that give the page back between them,
   * so a feed of 100,000 resources never freezes it.
   */
  onChecking?: (fraction: number) => void;
}

/** Parses JSON: in a worker for large files (falling back to this thread if it cannot start). */
async function parseJson(buffer: ArrayBuffer): Promise<unknown> {
  if (buffer.byteLength >= OFF_THREAD_BYTES && typeof Worker === 'function') {
    try {
      return await parseJsonOffThread(buffer);
    } catch (e) {
      if (e instanceof SyntaxError) throw e;
    }
  }
  return JSON.parse(new TextDecoder().decode(buffer));
}

type Fetched =
  { ok: true; data: unknown } | { ok: false; error: FeedError } | { ok: false; aborted: true };

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

/** Reads a response's body, telling `onBytes` how much has arrived and keeping the stall timer alive. */
async function readBody(
  response: Response,
  stall: { touch(): void },
  onBytes?: (received: number, total?: number) => void,
): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    stall.touch();
    chunks.push(value);
    received += value.byteLength;
    onBytes?.(received, total);
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out.buffer;
}

/** Fetches one JSON document; `timeoutMs` bounds a wait in which nothing arrives, not the whole download. */
async function fetchJson(
  url: string,
  timeoutMs: number,
  signal?: AbortSignal,
  onBytes?: (received: number, total?: number) => void,
): Promise<Fetched> {
  const stall = stallTimer(timeoutMs);
  let received = -1;
  try {
    const response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, stall.signal]) : stall.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    stall.touch();
    received = 0;
    if (!response.ok) {
      return {
        ok: false,
        error: feedError('http', {
          status: response.status,
          ...(response.statusText ? { statusText: response.statusText } : {}),
        }),
      };
    }
    const buffer = await readBody(response, stall, (bytes, total) => {
      received = bytes;
      onBytes?.(bytes, total);
    });
    stall.stop();
    try {
      return { ok: true, data: await parseJson(buffer) };
    } catch (e) {
      return { ok: false, error: feedError('json', { detail: (e as Error).message }) };
    }
  } catch (e) {
    if (signal?.aborted) return { ok: false, aborted: true };
    const seconds = timeoutMs / 1000;
    if (stall.signal.aborted)
      return {
        ok: false,
        error: feedError('timeout', received < 0 ? { seconds } : { seconds, received }),
      };
    return { ok: false, error: feedError('network', { detail: (e as Error).message }) };
  } finally {
    stall.stop();
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
 * Fetches and parses a feed. An HSDS API page is followed by its next pages (up to `maxPages`); when a later page
 * fails, the pages already loaded are kept and the failure is reported. Never throws.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<FeedLoad> {
  const { timeout = 15000, signal, format = 'auto', maxPages = 20 } = options;
  const first = await fetchJson(url, timeout, signal, options.onBytes);
  if (!first.ok)
    return 'aborted' in first ? { ok: false, aborted: true } : { ok: false, error: first.error };
  let data = first.data;
  const problems: FeedProblem[] = [];
  let incomplete: FeedResult['incomplete'];
  const hsds = format === 'hsds' || (format === 'auto' && detectFormat(data).format === 'hsds');
  if (hsds && isHsdsPage(data)) {
    const startPage = Number(data.page_number ?? 1);
    const totalPages = Number(data.total_pages ?? 1);
    const services = [...data.contents];
    const lastPage = Math.min(totalPages, startPage + maxPages - 1);
    let loaded = 1;
    for (let page = startPage + 1; page <= lastPage; page++) {
      options.onProgress?.({ page, totalPages: lastPage - startPage + 1 });
      const next = await fetchJson(pageUrl(url, page), timeout, signal);
      if (!next.ok) {
        if ('aborted' in next) return { ok: false, aborted: true };
        incomplete = { loadedPages: loaded, totalPages, message: next.error.message };
        problems.push({
          index: -1,
          path: `page ${page}`,
          ...problemOf('page-failed', {
            detail: next.error.message,
            from: startPage,
            to: page - 1,
            total: totalPages,
          }),
        });
        break;
      }
      if (!isHsdsPage(next.data)) {
        incomplete = { loadedPages: loaded, totalPages, message: 'not an HSDS page' };
        problems.push({
          index: -1,
          path: `page ${page}`,
          ...problemOf('not-hsds-page'),
        });
        break;
      }
      services.push(...next.data.contents);
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
    data = services;
  }
  let result: FeedResult;
  try {
    result = await runStepsInSlices(
      feedDataSteps(data, hsds ? 'hsds' : format, options),
      options.onChecking,
      signal,
    );
  } catch (e) {
    if (signal?.aborted) return { ok: false, aborted: true };
    throw e;
  }
  return feedOutcome({
    ...result,
    problems: [...problems, ...result.problems],
    ...(incomplete ? { incomplete } : {}),
  });
}
