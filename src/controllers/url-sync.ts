/**
 * Keeps a finder's view in the page's URL (with `history.replaceState`, so Back is not flooded): it subscribes to
 * the view state and writes whatever changed it, and reads the URL once when asked. The mapping itself is
 * `core/view/url-state.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewStore } from '../core/view/store.js';
import { decodeUrlState, encodeUrlState } from '../core/view/url-state.js';

/** Which parts of the view the URL holds. */
const IN_URL = new Set(['query', 'filters', 'sort', 'open']);

export class UrlSyncController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly store: ViewStore,
    /** Whether the URL may be read and written now (`sync-url` on, safe mode off). */
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe((_view, { keys, cause }) => {
      if (cause !== 'url' && [...keys].some((k) => IN_URL.has(k))) this.write();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Applies the view written in the URL, if any. */
  restore(): void {
    if (!this.enabled()) return;
    const state = decodeUrlState(location.search);
    this.store.update(
      {
        ...(state.query ? { query: state.query } : {}),
        ...(Object.keys(state.filters).length ? { filters: state.filters } : {}),
        ...(state.sort ? { sort: state.sort } : {}),
        ...(state.open ? { open: state.open } : {}),
      },
      'url',
    );
  }

  /** Writes the view into the URL without adding a history entry. */
  write(): void {
    if (!this.enabled()) return;
    const { query, filters, sort, open } = this.store.view;
    const search = encodeUrlState(
      { query, filters, sort, ...(open ? { open } : {}) },
      location.search,
    );
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}
