/**
 * Tells the host page about searches: when the query or filters change (by the visitor or by code, not by reading
 * the URL), `rf-search` fires once, when the answer is shown, with its total; a superseded view is never announced.
 * Focus is never moved: the visitor stays where they are, and the results announce their new count politely.
 */
import { TaskStatus, type Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ViewStore } from '../core/view/store.js';
import type { ViewAnswer } from '../core/view/view.js';
import { RfSearchEvent } from '../events.js';

export class SearchEventsController implements ReactiveController {
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: ViewStore,
    private readonly answer: () => Task<readonly unknown[], ViewAnswer | undefined>,
    /** Whether the directory is ready (no announcement while loading). */
    private readonly ready: () => boolean,
    /** The results part, whose answer is awaited before announcing. */
    private readonly results: () =>
      (HTMLElement & { updateComplete: Promise<unknown> }) | undefined,
  ) {
    host.addController(this);
    // The store lives as long as its host: no need to unsubscribe.
    store.subscribe((_view, { keys, cause }) => {
      if (cause !== 'url' && (keys.has('query') || keys.has('filters'))) this.pending = true;
    });
  }

  async hostUpdated(): Promise<void> {
    const pending = this.pending;
    const answer = this.answer();
    if (!pending || answer.status !== TaskStatus.COMPLETE || !this.ready()) return;
    this.pending = false;
    await this.results()?.updateComplete;
    const { query, filters } = this.store.view;
    this.host.dispatchEvent(new RfSearchEvent({ query, filters, total: answer.value?.total ?? 0 }));
  }
}
