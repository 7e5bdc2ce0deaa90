import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Resource } from '../../core/feed/schema.js';
import {
  buildReport,
  newIdempotencyKey,
  reportError,
  REPORT_KINDS,
  MAX_REPORT_NOTE,
  type ProblemReport,
  type ReportError,
  type ReportKind,
} from '../../core/report/report.js';
import { sendReport } from '../../core/edge/send-referral.js';
import { secureEndpoint } from '../../core/text/links.js';
import { RfReportCloseEvent, RfReportErrorEvent, RfReportSuccessEvent } from './report-events.js';
import { LocaleController } from '../../controllers/locale.js';
import { baseStyles } from '../shared/base.styles.js';
import { DELEGATES_FOCUS } from '../shared/shadow-root.js';
import { SendingForm } from '../shared/sending-form.js';
import { reportMessages, reportWordsLoading } from '../../i18n/report/index.js';
import type { ReportMessages } from '../../i18n/messages.js';
import { styles } from './rf-report-form.styles.js';

/**
 * "Report a problem with this listing": the visitor chooses what is wrong (the phone, the address, the hours, the
 * place has closed, something else) and may add a note. Nothing about the visitor is asked, and nothing is sent before
 * "Send report". It is sent like a referral: JSON to an `https:` endpoint, one Idempotency-Key per report reused on
 * every retry, automatic retries after network and server errors, everything kept when it fails, and "could not
 * confirm" rather than "not sent" when it may have arrived.
 *
 * @summary A report that a listing is wrong, for the directory's maintainers.
 * @fires rf-report-success - Delivered; detail `{ reference, resourceId }`.
 * @fires rf-report-error - Not confirmed; detail `{ message, retryable, uncertain }`.
 * @fires rf-report-close - Cancelled, or closed after sending.
 * @csspart form - The form.
 * @csspart submit - The send button.
 * @csspart status - The sent and failed panels.
 */
export class RfReportForm extends SendingForm<ProblemReport, 'kinds' | 'note'> {
  static override styles = [baseStyles, styles];

  constructor() {
    super(sendReport);
  }
  static override shadowRootOptions = DELEGATES_FOCUS;

  protected readonly locale = new LocaleController(this);

  /** URL that receives the report as JSON (POST). */
  @property() endpoint?: string;

  /** Who receives reports, as named to the visitor. Defaults to the endpoint's host. */
  @property() recipient?: string;

  /** The listing reported. */
  @property({ attribute: false }) resource?: Resource;

  /** Language of the messages; defaults to the nearest `lang`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any of the form's messages. */
  @property({ attribute: false }) messages?: Partial<ReportMessages>;

  @state() private kinds: ReportKind[] = [];
  @state() private note = '';
  @state() private error?: ReportError;
  private key = newIdempotencyKey();

  /** Its words come with it, in the visitor's language: its updates wait for them. */
  protected override readonly ownWords = reportWordsLoading;

  private get m(): ReportMessages {
    return { ...reportMessages(this.locale.lang), ...this.messages };
  }

  private get to(): string {
    const endpoint = this.endpoint && secureEndpoint(this.endpoint, location.href);
    return this.recipient ?? (endpoint ? new URL(endpoint).host : (this.endpoint ?? ''));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Another listing: a new, empty report.
    if (changed.get('resource') !== undefined && changed.get('resource')?.id !== this.resource?.id)
      this.reset();
  }

  override updated(): void {
    // Focus follows what changed: the panel that says how sending went, or the first control in error.
    const target = this.renderRoot.querySelector<HTMLElement>('[data-focus]');
    if (target && target !== this.shadowRoot?.activeElement) {
      target.focus();
      target.removeAttribute('data-focus');
    }
  }

  private reset(): void {
    this.sending.reset();
    this.kinds = [];
    this.note = '';
    this.error = undefined;
    this.key = newIdempotencyKey();
  }

  private toggle(kind: ReportKind, on: boolean): void {
    this.kinds = on ? [...this.kinds, kind] : this.kinds.filter((k) => k !== kind);
    if (this.error) this.error = reportError(this.kinds, this.note);
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const r = this.resource;
    if (!r || !this.endpoint || this.sending.status === 'sending') return;
    this.error = reportError(this.kinds, this.note);
    if (this.error) return;
    const report = buildReport(r, this.kinds, this.note, this.locale.lang, this.key);
    const result = await this.sending.send(report, this.endpoint, this.retries);
    if (!result) return;
    if (result.ok) {
      this.dispatchEvent(
        new RfReportSuccessEvent({ reference: result.reference, resourceId: r.id }),
      );
      // The next report is a new one.
      this.key = newIdempotencyKey();
    } else
      this.dispatchEvent(
        new RfReportErrorEvent({
          message: result.message,
          retryable: result.retryable,
          uncertain: result.uncertain,
        }),
      );
  }

  private close(): void {
    if (this.sending.status === 'sent') this.reset();
    this.dispatchEvent(new RfReportCloseEvent());
  }

  private renderOutcome(m: ReportMessages): TemplateResult | typeof nothing {
    const { status, failure, reference, retryDelay } = this.sending;
    if (status === 'sent')
      return html`<div part="status" class="panel sent" role="status">
        <h3 tabindex="-1" data-focus>${m.sentTitle}</h3>
        <p>${m.sentBody(this.to)}</p>
        ${reference ? html`<p>${m.reference}: <strong dir="auto">${reference}</strong></p>` : nothing}
        <button type="button" class="button" @click=${this.close}>${m.close}</button>
      </div>`;
    if (status !== 'failed' || !failure) return nothing;
    return html`<div part="status" class="panel failed" role="alert">
      <p tabindex="-1" data-focus>
        <strong>${failure.uncertain ? m.uncertain : m.failed}</strong>
        ${m.failedKinds[failure.kind]} ${failure.uncertain ? m.uncertainBody(this.to) : nothing}
        ${m.keptNote}
      </p>
      ${retryDelay ? html`<p class="muted">${m.retryingIn(Math.round(retryDelay / 1000))}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult | typeof nothing {
    const r = this.resource;
    if (!r) return nothing;
    const m = this.m;
    const sending = this.sending.status === 'sending';
    if (this.sending.status === 'sent') return this.renderOutcome(m);
    const error = this.error;
    const failure = this.sending.status === 'failed' ? this.sending.failure : undefined;
    return html`<form part="form" class="form" novalidate @submit=${this.submit}>
      <fieldset
        aria-describedby=${error === 'choose' ? 'kinds-error' : nothing}
        aria-invalid=${error === 'choose' ? 'true' : nothing}
      >
        <legend>${m.legend(r.name)}</legend>
        ${error === 'choose' ? html`<p id="kinds-error" class="error">${m.errors.choose}</p>` : nothing}
        ${REPORT_KINDS.map(
          (kind, i) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name="kind"
                value=${kind}
                .checked=${this.kinds.includes(kind)}
                ?disabled=${sending}
                ?data-focus=${error === 'choose' && i === 0}
                @change=${(e: Event) => this.toggle(kind, (e.target as HTMLInputElement).checked)}
              />
              ${m.kinds[kind]}
            </label>`,
        )}
      </fieldset>
      <label for="note" class="label">${m.note} <span class="muted">(${m.optional})</span></label>
      <p id="note-hint" class="muted small">${m.noteHint}</p>
      ${
        error === 'say-what' || error === 'too-long'
          ? html`<p id="note-error" class="error">${m.errors[error]}</p>`
          : nothing
      }
      <textarea
        id="note"
        rows="3"
        .value=${this.note}
        ?disabled=${sending}
        ?data-focus=${error === 'say-what' || error === 'too-long'}
        aria-invalid=${error === 'say-what' || error === 'too-long' ? 'true' : nothing}
        aria-describedby=${error === 'say-what' || error === 'too-long' ? 'note-error note-hint' : 'note-hint'}
        maxlength=${MAX_REPORT_NOTE * 2}
        @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="privacy small">${m.privacy(this.to)}</p>
      ${this.renderOutcome(m)}
      <div class="buttons">
        <button
          type="submit"
          part="submit"
          class="button primary"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? m.sending : failure?.retryable ? m.retry : m.send}
        </button>
        ${
          // The send button stays where it is (focus stays on it while it sends); stopping is beside it.
          sending
            ? html`<button type="button" class="button" @click=${() => this.sending.stop()}>
                ${m.stop}
              </button>`
            : nothing
        }
        <span role="status" class="visually-hidden">${sending ? m.sending : ''}</span>
        <button type="button" class="button" ?disabled=${sending} @click=${this.close}>
          ${m.cancel}
        </button>
      </div>
    </form>`;
  }
}
