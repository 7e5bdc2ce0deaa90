import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedProblem, FeedResult } from '../../core/feed/records.js';
import type { FeedError } from '../../core/feed/read.js';
import type { LoadProgress } from '../../core/view/directory.js';
import { RfLoadStopEvent, RfRetryEvent } from '../../events.js';
import type { Messages, MessageOverrides } from '../../i18n/index.js';
import type { FeedState } from '../../controllers/directory.js';
import { LocaleController } from '../../controllers/locale.js';
import { LocalizedElement } from '../shared/localized.js';
import { baseStyles } from '../shared/base.styles.js';
import { styles } from './rf-feed-status.styles.js';

/**
 * What a visitor is told about the directory itself: loading (with progress), an error with "Try again", search
 * still being prepared, and the note about records that could not be used (with the details for its maintainer).
 *
 * @summary Loading, error and data-problem messages of a directory.
 * @fires rf-retry - The visitor pressed "Try again" after an error, or "Load the directory" after stopping.
 * @fires rf-load-stop - The visitor pressed "Stop loading" (offered once loading takes a while).
 * @csspart status - The loading or error message.
 * @csspart problems - The note about records or details that could not be used.
 */
export class RfFeedStatus extends LocalizedElement {
  static override styles = [baseStyles, styles];

  /** Where loading stands: `idle`, `loading`, `ready`, `error` or `stopped`. */
  @property() state: FeedState = 'idle';

  /** How far loading has got. */
  @property({ attribute: false }) progress?: LoadProgress;

  /** Why the directory could not be shown (with `state="error"`). */
  @property({ attribute: false }) error?: FeedError;

  /** Problems found in the data. */
  @property({ attribute: false }) problems: readonly FeedProblem[] = [];

  /** Records in the source, valid or not. */
  @property({ type: Number }) total = 0;

  /** Records that could not be shown because of errors. */
  @property({ type: Number }) rejected = 0;

  /** Set when a paged source could only be loaded in part. */
  @property({ attribute: false }) incomplete?: FeedResult['incomplete'];

  /** Search is still being prepared while the visitor waits for results. */
  @property({ type: Boolean }) preparing = false;

  /** Language of the messages; defaults to the finder's, else the nearest `lang`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  protected readonly locale = new LocaleController(this);
  /** The visitor pressed "Stop loading": focus goes to "Load the directory" when it appears. */
  private stopping = false;

  private readonly stop = (): void => {
    this.stopping = true;
    this.dispatchEvent(new RfLoadStopEvent());
  };

  override updated(): void {
    if (this.stopping && this.state !== 'loading') {
      this.stopping = false;
      // Stopped with nothing shown, or with the records that had arrived: focus goes to loading it again.
      if (this.state === 'stopped' || this.incomplete?.stopped)
        this.renderRoot.querySelector<HTMLElement>('button.again')?.focus();
    }
  }

  private renderProblemList(m: Messages): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<details class="problem-list">
      <summary>${m.problemsShow}</summary>
      <ul>
        ${this.problems.slice(0, 200).map((p) => {
          // Records are numbered from 1, as the validator numbers them; a spreadsheet's by their row.
          const id = p.id ? ` (${p.id})` : '';
          const record =
            p.row !== undefined
              ? `${m.problemRow(p.row)}${id}`
              : p.index < 0
                ? 'feed'
                : `#${p.index + 1}${id}`;
          const message = m.problems[p.code]?.(p.params) ?? p.message;
          return html`<li>${m.problemLine(record, p.path, message)}</li>`;
        })}
      </ul>
    </details>`;
  }

  private renderLoading(m: Messages): TemplateResult {
    const p = this.progress;
    const text =
      p?.phase === 'checking'
        ? m.checking(this.locale.percent(p.fraction))
        : p?.phase === 'pages'
          ? m.loadingPage(p.page, p.totalPages)
          : p?.phase === 'download' && p.received && p.searchable
            ? m.loadingRecords(this.locale.bytes(p.received), this.locale.number(p.searchable))
            : p?.phase === 'download' && p.received
              ? m.loadingBytes(this.locale.bytes(p.received))
              : m.loading;
    // Stopping is offered once loading reports progress: a load that takes a while.
    return html`<div class="loading-row">
      <div class="status loading" part="status" role="status">
        <span class="spinner" aria-hidden="true"></span>
        <span>${text}</span>
      </div>
      ${
        p
          ? html`<button type="button" class="button" @click=${this.stop}>${m.loadStop}</button>`
          : nothing
      }
    </div>`;
  }

  private renderStopped(m: Messages): TemplateResult {
    return html`<div class="status" part="status" role="status">
      <p class="error-title">${m.loadStopped}</p>
      ${this.renderAgain(m.loadAgain, true)}
    </div>`;
  }

  private renderError(m: Messages, error: FeedError): TemplateResult {
    return html`<div class="status error" part="status" role="alert">
      <p class="error-title">${m.loadError[error.kind]}</p>
      <p class="muted small">${m.loadErrorDetail[error.kind](error.params)}</p>
      ${this.renderProblemList(m)} ${this.renderAgain(m.retry, true)}
    </div>`;
  }

  /** "Try again" or "Load the directory": loads the source again (`rf-retry`). */
  private renderAgain(label: string, primary = false): TemplateResult {
    return html`<button
      type="button"
      class="button again ${primary ? 'primary' : ''}"
      @click=${() => this.dispatchEvent(new RfRetryEvent())}
    >
      ${label}
    </button>`;
  }

  /** Why only part of the directory is shown. */
  private incompleteText(m: Messages, incomplete: NonNullable<FeedResult['incomplete']>): string {
    const { cut } = incomplete;
    if (cut === undefined) return m.incomplete(incomplete.loadedPages, incomplete.totalPages);
    const say = incomplete.stopped
      ? m.incompleteStopped
      : incomplete.damaged
        ? m.incompleteDamaged
        : m.incompleteCut;
    return say(this.locale.number(cut));
  }

  private renderReady(m: Messages): TemplateResult {
    const { incomplete, rejected } = this;
    return html`${
      this.preparing
        ? html`<p class="status muted small" part="status" role="status">${m.preparingSearch}</p>`
        : nothing
    }
    ${
      // What the visitor needs (a directory loaded in part) always; the maintainer's notes when given problems.
      this.problems.length || incomplete
        ? html`<div class="problems" part="problems">
            ${incomplete ? html`<p><strong>${this.incompleteText(m, incomplete)}</strong></p>` : nothing}
            ${this.problems.length && rejected > 0 ? html`<p>${m.problemsSummary(rejected, this.total)}</p>` : nothing}
            ${this.problems.length && rejected === 0 && !incomplete ? html`<p>${m.problemsMinor(this.problems.length)}</p>` : nothing}
            ${this.problems.length ? this.renderProblemList(m) : nothing}
            ${incomplete ? this.renderAgain(incomplete.stopped ? m.loadAgain : m.retry) : nothing}
          </div>`
        : nothing
    }`;
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.locale.m;
    if (this.state === 'loading' || this.state === 'idle') return this.renderLoading(m);
    if (this.state === 'error' && this.error) return this.renderError(m, this.error);
    if (this.state === 'stopped') return this.renderStopped(m);
    if (this.state === 'ready') return this.renderReady(m);
    return nothing;
  }
}
