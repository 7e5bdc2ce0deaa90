import type { ReactiveControllerHost } from 'lit';

/**
 * Code an element loads the first time it is used (a file of its own beside the drop-in): {@link get} is undefined
 * until the file has arrived, and the element updates then. A file that fails to arrive is asked for again at the
 * next use.
 */
export class OnDemand<T> {
  private value?: T;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** The loaded code, or undefined while it loads (asking for it the first time). */
  get(): T | undefined {
    if (this.value === undefined && !this.loading)
      this.loading = this.load().then(
        (value) => {
          this.value = value;
          this.host.requestUpdate();
        },
        () => {
          this.loading = undefined;
        },
      );
    return this.value;
  }
}
