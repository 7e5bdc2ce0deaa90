/**
 * A directory's lifecycle for an element: loading a source (a newer one cancels the older), its progress, status and
 * error (`rf-feed-load`, `rf-feed-error` on the host), letting the directory go when the element leaves, and
 * answering the element's view through `@lit/task`, so that only the newest view's answer is ever shown.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedError } from '../core/feed/read.js';
import { RfFeedErrorEvent, RfFeedLoadEvent } from '../events.js';
import type { PageDirectoryOptions } from '../core/edge/page-directory.js';
import { loadDirectory } from '../core/edge/worker-directory.js';
import { startSearchWorker } from '../core/edge/search-worker-url.js';
import type { LocalDirectory } from '../core/view/local-directory.js';
import type {
  Directory,
  DirectoryLoaded,
  DirectorySource,
  LoadProgress,
} from '../core/view/directory.js';
import type { View, ViewAnswer } from '../core/view/view.js';
import { sameRecordsSteps } from '../core/feed/same-records.js';
import { runStepsInSlices } from '../core/edge/slices.js';

/** Least time between two progress messages shown: they are read out by a polite live region. */
const PROGRESS_EVERY_MS = 500;

/** Where loading a directory stands. */
export const FEED_STATES = ['idle', 'loading', 'ready', 'error', 'stopped'] as const;
/** Where loading a directory stands. */
export type FeedState = (typeof FEED_STATES)[number];

/** How the host wants its directory loaded (the finder's own attributes). */
export type DirectorySettings = Pick<
  PageDirectoryOptions,
  'timeout' | 'format' | 'maxPages' | 'workerThreshold'
> & {
  /** The search worker's file, when not the one beside the code. */
  workerUrl?: string;
};

export class DirectoryController implements ReactiveController {
  /** Where loading stands. */
  status: FeedState = 'idle';
  /** Why the last source could not be shown. */
  error?: FeedError;
  /** The last source loaded, with what was found in it. */
  loaded?: DirectoryLoaded;
  /** How far loading has got. */
  progress?: LoadProgress;
  /** True while the search index is still being built (queries wait for it). */
  indexing = false;
  /** The directory that answers now. */
  directory?: Directory;
  /**
   * True while the directory that answers is still loading: the records so far can be searched, and more come.
   * `revision` counts each time it grows.
   */
  partial = false;
  revision = 0;
  /**
   * Set when the last view could not be answered (a directory server that failed or could not be reached): what was
   * shown stays, and the host says so and offers to try again ({@link retryAnswer}).
   */
  answerFailed = false;
  private loading?: AbortController;
  private stopping?: AbortController;
  /** Progress waiting to be shown, and when progress was last shown. */
  private nextProgress?: { progress: LoadProgress; timer: ReturnType<typeof setTimeout> };
  private progressShown = -Infinity;
  private source?: DirectorySource;
  /** Let go of while the host was away. */
  private suspended = false;

  /** What the directory shows for the host's view; asked again when the directory or the view changes. */
  readonly answer: Task<readonly unknown[], ViewAnswer | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: () => View,
    /** Read at each load. */
    private readonly settings: DirectorySettings,
    /** Runs when a source has loaded, before `rf-feed-load` is fired on the host. */
    private readonly onLoaded?: (result: DirectoryLoaded) => void | Promise<void>,
  ) {
    host.addController(this);
    this.answer = new Task(host, {
      task: async ([directory], { signal }) => {
        try {
          const answer = await (directory as Directory | undefined)?.answer(this.view(), signal);
          if (this.answerFailed) this.set({ answerFailed: false });
          return answer;
        } catch (e) {
          // A directory let go of while it answered (the first records handing over to the whole feed, or to the
          // page): what is shown stays until the next directory answers, rather than the results and filters
          // disappearing and coming back new (losing focus, scroll and open cards).
          if ((e as Error).name === 'AbortError' && !signal.aborted) return this.answer.value;
          if (signal.aborted) throw e;
          // The directory could not answer (a server down, a lost connection): what was shown stays, and is said
          // to be out of step with the search until an answer comes.
          this.set({ answerFailed: true });
          return this.answer.value;
        }
      },
      args: () => {
        const v = this.view();
        return [
          this.directory,
          this.revision,
          v.query,
          v.filters,
          v.sort,
          v.origin,
          v.radius,
          v.area,
          v.shown,
          v.lang,
        ];
      },
    });
  }

  /** Valid resources of a directory held in the page (empty for one in a worker). */
  get resources(): LocalDirectory['resources'] {
    const directory = this.directory as Partial<LocalDirectory> | undefined;
    return directory?.resources ?? [];
  }

  /** Whether an answer is on its way. */
  get answering(): boolean {
    return this.answer.status === TaskStatus.PENDING;
  }

  hostConnected(): void {
    // The host came back after it was let go (a worker holds the index): load its source again.
    if (this.suspended && this.source) void this.load(this.source);
    this.suspended = false;
  }

  hostDisconnected(): void {
    // An element moved in the page leaves and comes back at once: keep everything. One that stays away lets go of
    // its worker and any request in flight.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.suspended = true;
      this.loading?.abort();
      this.directory?.dispose();
      this.directory = undefined;
    });
  }

  /**
   * Stops loading (the visitor's choice). Records already shown stay (the directory is what arrived); otherwise the
   * directory shown before, if any, stays.
   */
  stop(): void {
    if (this.status !== 'loading') return;
    if (this.partial) return this.stopping?.abort();
    this.loading?.abort();
    this.set({ status: this.directory ? 'ready' : 'stopped', progress: undefined });
  }

  /**
   * Loads a directory in place of the current one; a newer source cancels this one. Records the same as the ones
   * loaded or loading (a new array from a host that renders again) change nothing.
   */
  async load(source: DirectorySource): Promise<void> {
    const previous = this.source;
    if (
      previous &&
      'records' in previous &&
      'records' in source &&
      this.status !== 'error' &&
      !this.suspended &&
      (await runStepsInSlices(sameRecordsSteps(previous.records, source.records)))
    ) {
      if (this.source === previous) this.source = source;
      return;
    }
    this.source = source;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    const stopping = (this.stopping = new AbortController());
    clearTimeout(this.nextProgress?.timer);
    this.nextProgress = undefined;
    this.progressShown = -Infinity;
    this.set({ status: 'loading', error: undefined, progress: undefined, partial: false });
    const { timeout, format, maxPages, workerThreshold, workerUrl } = this.settings;
    let partial: Directory | undefined;
    const result = await loadDirectory(source, {
      ...(timeout !== undefined ? { timeout } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(maxPages !== undefined ? { maxPages } : {}),
      ...(workerThreshold !== undefined ? { workerThreshold } : {}),
      ...(workerUrl ? { startWorker: () => startSearchWorker(workerUrl) } : {}),
      signal: controller.signal,
      stop: stopping.signal,
      onProgress: (progress) => this.showProgress(progress),
      onPartial: (directory) => {
        if (controller.signal.aborted) return;
        // The first records can be searched: they replace what was shown before.
        const before = this.directory;
        partial = directory;
        this.set({ directory, partial: true, revision: this.revision + 1 });
        if (before && before !== directory) before.dispose();
      },
    });
    if (controller.signal.aborted || (!result.ok && result.aborted)) {
      if (result.ok) result.directory.dispose();
      if (partial && this.directory === partial) this.set({ directory: undefined, partial: false });
      return;
    }
    if (!result.ok || this.directory !== result.directory) this.directory?.dispose();
    this.set({ partial: false });
    if (!result.ok) {
      this.set({ status: 'error', error: result.error, progress: undefined });
      this.loaded = this.directory = undefined;
      const { message, status } = result.error;
      this.host.dispatchEvent(
        new RfFeedErrorEvent({ message, ...(status !== undefined ? { status } : {}) }),
      );
      return;
    }
    const directory = result.directory;
    this.set({
      status: 'ready',
      progress: undefined,
      loaded: result,
      directory,
      indexing: true,
      // The same directory may have grown since its last answer (it answered while loading).
      revision: this.revision + 1,
    });
    void directory.ready.then(() => {
      if (this.directory === directory) this.set({ indexing: false });
    });
    await this.onLoaded?.(result);
    const { total, problems } = result;
    this.host.dispatchEvent(
      new RfFeedLoadEvent({ total, accepted: directory.size, problems: [...problems] }),
    );
  }

  /**
   * Shows how far loading has got. Bytes and records arrive all the time: they are shown at once when nothing was
   * shown for a while, else the latest news once {@link PROGRESS_EVERY_MS} have passed, so that a screen reader is
   * told politely, not at every byte. The one place where progress is paced, whichever directory reports it.
   */
  private showProgress(progress: LoadProgress): void {
    if (progress.phase !== 'download') {
      // A new page or stage is news of its own, and comes seldom: told at once.
      clearTimeout(this.nextProgress?.timer);
      this.nextProgress = undefined;
      this.progressShown = performance.now();
      return this.set({ progress });
    }
    if (this.nextProgress) {
      this.nextProgress.progress = progress;
      return;
    }
    const show = (latest: LoadProgress) => {
      this.nextProgress = undefined;
      this.progressShown = performance.now();
      if (this.status === 'loading') this.set({ progress: latest });
    };
    const wait = this.progressShown + PROGRESS_EVERY_MS - performance.now();
    if (wait <= 0) return show(progress);
    const timer = setTimeout(() => show(this.nextProgress!.progress), wait);
    this.nextProgress = { progress, timer };
  }

  /** Asks the directory again for the current view (after {@link answerFailed}). */
  retryAnswer(): void {
    void this.answer.run();
  }

  private set(changes: Partial<Pick<DirectoryController, Field>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}

/** The fields that the host renders. */
type Field =
  | 'status'
  | 'error'
  | 'loaded'
  | 'progress'
  | 'indexing'
  | 'directory'
  | 'partial'
  | 'revision'
  | 'answerFailed';
