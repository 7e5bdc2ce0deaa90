/**
 * What a finder asks of a directory, wherever the directory lives: in the page, in a worker, or on a server. It is
 * asynchronous, answers one view at a time with the page of results to render, and never makes the caller hold every
 * record. Pure: `LocalDirectory` (`view/local-directory.ts`) holds its records in this thread, `WorkerDirectory`
 * (`edge/worker-directory.ts`) asks the worker that owns them.
 */
import type { TaxonomyTerm } from '../feed/taxonomy.js';
import type { FeedMeta, Resource } from '../feed/schema.js';
import type { FeedProblem, FeedResult } from '../feed/records.js';
import type { FeedError } from '../feed/read.js';
import type { View, ViewAnswer } from './view.js';

/** A loaded directory. */
export interface Directory {
  /** How many resources it holds. */
  readonly size: number;
  /** Resolves when queries are answered without waiting (a large directory may still be indexing when it loads). */
  readonly ready: Promise<void>;
  /** What is shown for `view`. Rejects with an `AbortError` when `signal` aborts or a newer view replaced it. */
  answer(view: View, signal?: AbortSignal): Promise<ViewAnswer>;
  /** The resources with these ids that it holds, in the order asked (unknown ids are left out). */
  lookup(ids: readonly string[]): Promise<Resource[]>;
  /** Lets go of what it holds (a worker, an index); it answers nothing after. */
  dispose(): void;
  /** The feed's taxonomy, as soon as it is known (categories in answers are paths of its ids). */
  readonly taxonomy?: readonly TaxonomyTerm[];
  /** False when it cannot limit results to an area of the map (a plain HSDS API): "Search this area" is not offered. */
  readonly searchesAreas?: boolean;
}

/** Where a directory's records come from. */
export type DirectorySource =
  | { readonly url: string }
  | { readonly text: string }
  | { readonly records: readonly unknown[] }
  /** An HSDS API's base URL: the directory stays on the server, which answers each view. */
  | { readonly api: string };

/** How far loading has got, for a progress display. */
export type LoadProgress =
  | {
      readonly phase: 'download';
      /** Bytes received, and the size when the server gives it. */
      readonly received?: number;
      readonly total?: number;
      /** Records read so far (a feed is read as it arrives). */
      readonly records?: number;
      /** How many resources can already be searched (and are shown) while the rest arrives. */
      readonly searchable?: number;
    }
  | { readonly phase: 'pages'; readonly page: number; readonly totalPages: number }
  /** Checking and indexing the records, 0 to 1. */
  | { readonly phase: 'checking'; readonly fraction: number };

/** A directory loaded, with what was found on the way. */
export interface DirectoryLoaded {
  readonly ok: true;
  readonly directory: Directory;
  readonly meta: FeedMeta;
  /** Every problem found in the data (records and fields that could not be used). */
  readonly problems: readonly FeedProblem[];
  /** Records in the source, valid or not. */
  readonly total: number;
  /** Records left out on purpose (inactive HSDS services). */
  readonly hidden: number;
  /** Set when a paged source could only be loaded in part. */
  readonly incomplete?: FeedResult['incomplete'];
  /** The format read. */
  readonly format?: FeedResult['format'];
}

/** The outcome of loading a directory: loaded, failed (with what was found), or cancelled by the caller. */
export type DirectoryLoad =
  | DirectoryLoaded
  | { readonly ok: false; readonly aborted?: false; readonly error: FeedError }
  | { readonly ok: false; readonly aborted: true };

/** What a directory's load tells besides the directory itself, from the feed it read. */
export function loadFacts(read: FeedResult): Omit<DirectoryLoaded, 'ok' | 'directory'> {
  return {
    meta: read.meta,
    problems: read.problems,
    total: read.total,
    hidden: read.hidden ?? 0,
    ...(read.incomplete ? { incomplete: read.incomplete } : {}),
    ...(read.format ? { format: read.format } : {}),
  };
}
