import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_REQUIRED,
  DEFAULT_SHOWN,
  applicableFields,
  buildReferral,
  defaultFields,
  newIdempotencyKey,
  referralMailto,
  requiredFields,
  unsafeChoice,
  validateReferral,
  type Referral,
  type ReferralField,
  type ReferralFields,
} from '../../core/referral/referral.js';
import { secureEndpoint } from '../../core/text/links.js';
import type { Resource } from '../../core/feed/schema.js';
import {
  RfReferralErrorEvent,
  RfReferralSubmitEvent,
  RfReferralSuccessEvent,
} from '../../events.js';
import type { MessageOverrides } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { DELEGATES_FOCUS } from '../shared/shadow-root.js';
import { LocaleController } from '../../controllers/locale.js';
import {
  formMessages,
  referralWordsLoading,
  type FormMessages,
} from '../../i18n/referral/index.js';
import { SendingForm } from '../shared/sending-form.js';
import { sendReferral } from '../../core/edge/send-referral.js';
import {
  consentText,
  fieldList,
  errorOf,
  fieldLabel,
  renderFields,
  renderSummary,
  renderTrap,
  TRAP_FAILURE,
  trapSprung,
  type FieldContext,
} from './referral-fields.js';
import { failedPanel, mailtoPanel, privacyText, sentPanel } from './referral-outcome.js';
import { styles } from './rf-referral-form.styles.js';

/**
 * A consent-first referral request. It validates before sending, sends JSON with one Idempotency-Key per referral
 * (reused on every retry) to an `https:` endpoint only, retries automatically after network and server errors within
 * a total time the visitor can cut short, keeps everything typed when it fails, says so when it cannot know whether
 * the request arrived, and shows the receiver's reference when it gives one. Nothing is written to storage.
 *
 * @summary Referral request form.
 * @fires rf-referral-submit - Cancelable; detail: the referral. Cancel it to send the referral your own way.
 * @fires rf-referral-success - Delivered; detail `{ reference, resourceId }`.
 * @fires rf-referral-error - Not confirmed; detail `{ message, retryable, uncertain }`.
 * @csspart form - The form.
 * @csspart summary - The error summary.
 * @csspart submit - The send button.
 * @csspart status - The sent, failed and email panels.
 * @cssprop --rf-color-accent - Accent colour.
 */
export class RfReferralForm extends SendingForm<Referral, ReferralField> {
  static override styles = [baseStyles, styles];

  constructor() {
    super(sendReferral);
  }

  protected readonly locale = new LocaleController(this);
  static override shadowRootOptions = DELEGATES_FOCUS;

  /** Its words come with it, in the visitor's language: its updates wait for them. */
  protected override readonly ownWords = referralWordsLoading;

  private get m(): FormMessages {
    return formMessages(this.locale.m, this.locale.lang);
  }

  /** URL that receives the referral as JSON (POST). Defaults to the resource's `referral.endpoint`. */
  @property() endpoint?: string;

  /** Id of the resource the referral is for. Defaults to `resource.id`. */
  @property({ attribute: 'resource-id' }) resourceId?: string;

  /** Organization that receives the referral, as named to the visitor. Defaults to the resource's organization. */
  @property() recipient?: string;

  /** Email address for organizations that take referrals by email only. Defaults to `resource.referral.email`. */
  @property({ attribute: 'recipient-email' }) recipientEmail?: string;

  /** The resource the referral is for; fills in the id, recipient, endpoint and email. */
  @property({ attribute: false }) resource?: Resource;

  /** Fields shown (comma-separated in the attribute). Default: all. */
  @property({ converter: fieldList }) fields: ReferralField[] = [...DEFAULT_SHOWN];

  /** Fields required (comma-separated), besides the contact detail the chosen method needs. Default: name, needs. */
  @property({ converter: fieldList }) required: ReferralField[] = [...DEFAULT_REQUIRED];

  /**
   * Who else keeps a copy of each request, as the visitor should read it ("Helpline Lyon, who runs this website"): said
   * beside the consent and added to it. The form cannot know where the endpoint stores what, so it claims nothing
   * unless told.
   */
  @property({ attribute: 'copy-kept-by' }) copyKeptBy?: string;

  /** The host declares that this website keeps no copy of requests (it is then said to the visitor). */
  @property({ type: Boolean, attribute: 'no-copy-kept' }) noCopyKept = false;

  /** Language of the form; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private values: ReferralFields = defaultFields();
  @state() private consent = false;
  @state() private errors: Partial<Record<ReferralField | 'consent', string>> = {};

  private key = newIdempotencyKey();
  private consentAt?: Date;
  private languageSet = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.languageSet) this.values = { ...this.values, language: this.locale.lang };
  }

  /** Where the referral goes: only an `https:` endpoint (or a loopback one, for development) is used. */
  private get target() {
    const r = this.resource;
    const given = this.endpoint ?? r?.referral?.endpoint;
    const endpoint = secureEndpoint(given, location.href);
    return {
      resourceId: this.resourceId ?? r?.id ?? '',
      resourceName: r?.name ?? '',
      recipient: this.recipient ?? r?.organization ?? r?.name ?? '',
      endpoint,
      insecure: !!given?.trim() && !endpoint,
      email: this.recipientEmail ?? r?.referral?.email,
    };
  }

  /** The consent sentence, naming the recipient, what will be shared, and who else keeps a copy. */
  private consentText(): string {
    const applicable = applicableFields(this.values, this.fields);
    const text = consentText(this.m, this.locale.lang, applicable, this.target.recipient);
    const keeper = this.copyKeptBy?.trim();
    return keeper ? `${text} ${this.m.referral.consentCopy(keeper)}` : text;
  }

  private set<K extends ReferralField>(field: K, value: ReferralFields[K]): void {
    this.values = { ...this.values, [field]: value };
    if (field === 'language') this.languageSet = true;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    // A text message when a message is not safe is said at once, beside the way of contact.
    if (field === 'contactMethod' || field === 'messageSafe') {
      const unsafe = unsafeChoice(this.values, applicableFields(this.values, this.fields));
      const said = this.m.referral.errors.unsafeMessage;
      if (unsafe) this.errors = { ...this.errors, contactMethod: said };
      else if (this.errors.contactMethod === said)
        this.errors = { ...this.errors, contactMethod: undefined };
    }
  }

  /** Clears the form for a new referral (with a new idempotency key). */
  reset(): void {
    this.sending.reset();
    this.values = { ...defaultFields(), language: this.locale.lang };
    this.consent = false;
    this.errors = {};
    this.key = newIdempotencyKey();
  }

  /** For a host that took over sending (cancelled `rf-referral-submit`): show progress until it is done. */
  markSending(): void {
    this.sending.show('sending');
  }

  /** For a host that took over sending (cancelled `rf-referral-submit`): show the confirmation. */
  markSent(reference?: string): void {
    this.sending.show('sent', { reference });
    void this.focusPanel();
  }

  /**
   * For a host that took over sending: show a failure that can be retried. `uncertain`: no answer came back, so the
   * request may have arrived (the visitor is told so, not that it was not sent).
   */
  markFailed(message: string, retryable = true, uncertain = false): void {
    const kind = uncertain ? 'timeout' : 'server';
    this.sending.show('failed', { failure: { ok: false, kind, message, retryable, uncertain } });
    void this.focusPanel();
  }

  private async focusPanel(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private referral(): Referral {
    const t = this.target;
    this.consentAt ??= new Date();
    return buildReferral({
      resourceId: t.resourceId,
      recipient: t.recipient,
      fields: this.values,
      shown: this.fields,
      consentText: this.consentText(),
      consentAt: this.consentAt,
      language: this.locale.lang,
      idempotencyKey: this.key,
    });
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.sending.status === 'sending') return; // a double click sends once
    // Nothing is sent when the hidden field was filled, and the form says so: never "sent" when nothing was.
    if (trapSprung(e.target as HTMLFormElement)) {
      this.sending.show('failed', { failure: TRAP_FAILURE });
      return void this.focusPanel();
    }
    const codes = validateReferral(this.values, this.consent, {
      shown: this.fields,
      required: this.required,
    });
    const errors = Object.fromEntries(
      Object.entries(codes).map(([f, code]) => [f, this.m.referral.errors[code!]]),
    );
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
      return;
    }
    const referral = this.referral();
    if (!this.dispatchEvent(new RfReferralSubmitEvent(referral))) return; // the host sends it its own way
    const { endpoint, email } = this.target;
    if (!endpoint && email) {
      this.sending.show('mailto');
      void this.focusPanel();
      return;
    }
    if (endpoint) await this.send(referral, endpoint, this.retries);
  }

  private async send(referral: Referral, endpoint: string, retries: number): Promise<void> {
    const result = await this.sending.send(referral, endpoint, retries);
    if (!result) return; // the visitor retried by hand: that attempt reports
    if (result.ok) {
      this.dispatchEvent(
        new RfReferralSuccessEvent({
          reference: result.reference,
          resourceId: referral.resourceId,
        }),
      );
      void this.focusPanel();
      return;
    }
    const { message, retryable, uncertain } = result;
    this.dispatchEvent(new RfReferralErrorEvent({ message, retryable, uncertain }));
    if (result.fieldErrors) {
      // The server refused some fields: show its words beside them, and let the visitor correct and resend.
      this.errors = result.fieldErrors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
      return;
    }
    void this.focusPanel();
  }

  private retryNow(): void {
    // Same referral, same key; automatic retries stop once the visitor retries by hand. A host that took over
    // sending gets the cancelable rf-referral-submit again.
    const referral = this.referral();
    if (!this.dispatchEvent(new RfReferralSubmitEvent(referral))) return;
    const endpoint = this.target.endpoint;
    if (endpoint) void this.send(referral, endpoint, 0);
  }

  private focusField(field: string, e: Event): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#f-${field}, [name="${field}"]`)?.focus();
  }

  /** What the field templates read and change. */
  private get fieldContext(): FieldContext {
    return {
      values: this.values,
      errors: this.errors,
      m: this.m,
      lang: this.locale.lang,
      languages: this.resource?.languages ?? [],
      required: (field) => this.isRequired(field),
      set: (field, value) => this.set(field, value),
      focusField: (field, e) => this.focusField(field, e),
    };
  }

  private isRequired(field: ReferralField): boolean {
    return requiredFields(this.values, this.required).has(field);
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const m = this.m.referral;
    const t = this.target;
    const { status, failure, reference, retryDelay } = this.sending;
    if (status === 'sent')
      return sentPanel(m, t.recipient, this.values, reference, () => this.reset());
    if (status === 'mailto' && t.email) {
      const values = this.referral().fields as Record<string, string>;
      const lines: Array<[string, string]> = Object.entries(values).map(([f, v]) => [
        fieldLabel(this.m, f),
        v,
      ]);
      lines.push(['—', this.consentText()]);
      const subject = m.emailSubject(t.resourceName || t.recipient);
      return mailtoPanel(m, t.recipient, referralMailto(t.email, subject, lines));
    }
    if (status === 'failed' && failure)
      return failedPanel(m, t.recipient, failure, retryDelay, () => this.retryNow());
    return nothing;
  }

  override render(): TemplateResult {
    const m = this.m.referral;
    const t = this.target;
    if (!t.endpoint && !t.email)
      return html`<p class="panel">${t.insecure ? m.insecure : m.unavailable}</p>`;
    if (this.sending.status === 'sent') return this.renderOutcome() as TemplateResult;
    const sending = this.sending.status === 'sending';
    return html`
      <form
        part="form"
        novalidate
        autocomplete="off"
        @submit=${this.onSubmit}
        aria-busy=${sending ? 'true' : 'false'}
      >
        <p class="intro">${m.intro}</p>
        ${renderSummary(this.fieldContext)}
        ${renderFields(this.fieldContext, applicableFields(this.values, this.fields))}
        <p class="emergency">${m.emergencyNote}</p>
        ${renderTrap()}
        <div class="field consent ${this.errors.consent ? 'invalid' : ''}">
          ${errorOf(this.fieldContext, 'consent')}
          <label class="choice">
            <input
              id="f-consent"
              type="checkbox"
              name="consent"
              required
              aria-invalid=${this.errors.consent ? 'true' : 'false'}
              aria-describedby=${this.errors.consent ? 'f-consent-error' : nothing}
              .checked=${this.consent}
              @change=${(e: Event) => {
                this.consent = (e.target as HTMLInputElement).checked;
                this.consentAt = this.consent ? new Date() : undefined;
                if (this.consent) this.errors = { ...this.errors, consent: undefined };
              }}
            />
            <span>${this.consentText()}</span>
          </label>
          <p class="muted small privacy">
            ${privacyText(m, t.recipient, this.copyKeptBy?.trim(), this.noCopyKept)}
          </p>
        </div>
        ${this.renderOutcome()}
        <button
          part="submit"
          type="submit"
          class="button primary submit"
          ?disabled=${sending}
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>${m.sending}` : m.send}
        </button>
        ${
          this.sending.stoppable
            ? html`<button
                type="button"
                part="cancel"
                class="button cancel"
                @click=${() => this.sending.stop()}
              >
                ${m.cancel}
              </button>`
            : nothing
        }
      </form>
    `;
  }
}
