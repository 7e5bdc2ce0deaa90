import type { ReactiveControllerHost } from 'lit';

/**
 * Code an element loads the first time it is used (a file of its own beside the drop-in): {@link get} is undefined
 * until the file has arrived, and the element updates then; {@link load} waits for it. A file that failed to arrive
 * is asked for again by {@link load} (a visitor's action), never by {@link get}, which a render calls: a render that
 * asked again would fail, update and render again without end.
 */
export class OnDemand<T> {
  private value?: T;
  private loading?: Promise<T>;
  /** Whether the last attempt to load it failed (the file is missing, the network or the page's policy refused it). */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetch: () => Promise<T>,
  ) {}

  /** The loaded code, or undefined while it loads (asking for it the first time) or after it failed to. */
  get(): T | undefined {
    if (this.value === undefined && !this.failed) this.load().catch(() => undefined);
    return this.value;
  }

  /** Whether the code has arrived. */
  get loaded(): boolean {
    return this.value !== undefined;
  }

  /** The code, once loaded. */
  load(): Promise<T> {
    return (this.loading ??= this.fetch().then(
      (value) => {
        this.value = value;
        this.failed = false;
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    ));
  }
}
