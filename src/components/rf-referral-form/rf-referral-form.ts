import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CONTACT_METHODS,
  DEFAULT_REQUIRED,
  DEFAULT_SHOWN,
  REFERRAL_FIELDS,
  REQUESTERS,
  URGENCIES,
  YES_NO,
  applicableFields,
  buildReferral,
  defaultFields,
  newIdempotencyKey,
  referralMailto,
  requiredFields,
  validateReferral,
  type Referral,
  type ReferralField,
  type ReferralFields,
} from '../../core/referral/referral.js';
import { sendReferral, type SendResult } from '../../core/edge/send-referral.js';
import type { Resource } from '../../core/feed/schema.js';
import {
  RfReferralErrorEvent,
  RfReferralSubmitEvent,
  RfReferralSuccessEvent,
} from '../../events.js';
import { languageName, type Messages } from '../../i18n/index.js';
import { baseStyles } from '../shared/base.styles.js';
import { LocaleController } from '../../controllers/locale.js';
import { styles } from './rf-referral-form.styles.js';

type Status = 'editing' | 'sending' | 'failed' | 'sent' | 'mailto';
type Failure = Extract<SendResult, { ok: false }>;

/** Reads a comma-separated attribute into a list of known field names. */
const fieldList = {
  fromAttribute: (value: string | null): ReferralField[] =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v): v is ReferralField => (REFERRAL_FIELDS as readonly string[]).includes(v)),
  toAttribute: (value: ReferralField[]) => value.join(','),
};

const CHOICES = {
  requester: REQUESTERS,
  contactMethod: CONTACT_METHODS,
  messageSafe: YES_NO,
  urgency: URGENCIES,
} as const;

/**
 * A consent-first referral request. It validates before sending, sends JSON with one Idempotency-Key per referral
 * (reused on every retry), retries automatically after network and server errors, keeps everything typed when it
 * fails, and shows the receiver's reference when it succeeds. Nothing is written to storage.
 *
 * @summary Referral request form.
 * @fires rf-referral-submit - Cancelable; detail: the referral. Cancel it to send the referral your own way.
 * @fires rf-referral-success - Delivered; detail `{ reference, resourceId }`.
 * @fires rf-referral-error - Not delivered; detail `{ message, retryable }`.
 * @csspart form - The form.
 * @csspart summary - The error summary.
 * @csspart submit - The send button.
 * @csspart status - The sent, failed and email panels.
 * @cssprop --rf-color-accent - Accent colour.
 */
export class RfReferralForm extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly locale = new LocaleController(this);
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

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

  /** Milliseconds before one attempt is given up. */
  @property({ type: Number }) timeout = 10000;

  /** Automatic retries after network and server errors. */
  @property({ type: Number }) retries = 3;

  /** Milliseconds before the first automatic retry (doubled each time). */
  @property({ type: Number }) backoff = 1000;

  /** Language of the form; defaults to the element's or page's language. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;

  /** Overrides any message of the catalogue. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  @state() private values: ReferralFields = defaultFields();
  @state() private consent = false;
  @state() private errors: Partial<Record<ReferralField | 'consent', string>> = {};
  @state() private status: Status = 'editing';
  @state() private failure?: Failure;
  @state() private retryDelay = 0;
  @state() private reference?: string;

  private key = newIdempotencyKey();
  private consentAt?: Date;
  private controller?: AbortController;
  private languageSet = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.languageSet) this.values = { ...this.values, language: this.locale.lang };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private get m(): Messages {
    return this.locale.m;
  }

  /** Where the referral goes. */
  private get target() {
    const r = this.resource;
    return {
      resourceId: this.resourceId ?? r?.id ?? '',
      resourceName: r?.name ?? '',
      recipient: this.recipient ?? r?.organization ?? r?.name ?? '',
      endpoint: this.endpoint ?? r?.referral?.endpoint,
      email: this.recipientEmail ?? r?.referral?.email,
    };
  }

  /** The consent sentence, naming the recipient and what will be shared. */
  private consentText(): string {
    const m = this.m.referral;
    const applicable = applicableFields(this.values, this.fields);
    const items = [
      applicable.includes('name') && m.sharedItems.name,
      (applicable.includes('phone') || applicable.includes('email')) && m.sharedItems.contact,
      (applicable.includes('messageSafe') || applicable.includes('safeTimes')) &&
        m.sharedItems.safety,
      applicable.includes('supporterName') && m.sharedItems.supporter,
      applicable.includes('needs') && m.sharedItems.needs,
    ].filter((x): x is string => !!x);
    const list = new Intl.ListFormat(this.locale.lang, { type: 'conjunction' }).format(items);
    return m.consent(this.target.recipient, list);
  }

  private set<K extends ReferralField>(field: K, value: ReferralFields[K]): void {
    this.values = { ...this.values, [field]: value };
    if (field === 'language') this.languageSet = true;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  /** Clears the form for a new referral (with a new idempotency key). */
  reset(): void {
    this.controller?.abort();
    this.values = { ...defaultFields(), language: this.locale.lang };
    this.consent = false;
    this.errors = {};
    this.status = 'editing';
    this.failure = undefined;
    this.reference = undefined;
    this.key = newIdempotencyKey();
  }

  /** For a host that took over sending (cancelled `rf-referral-submit`): show progress until it is done. */
  markSending(): void {
    this.status = 'sending';
  }

  /** For a host that took over sending (cancelled `rf-referral-submit`): show the confirmation. */
  markSent(reference?: string): void {
    this.reference = reference;
    this.status = 'sent';
    void this.focusPanel();
  }

  /** For a host that took over sending: show a failure that can be retried. */
  markFailed(message: string, retryable = true): void {
    this.failure = { ok: false, kind: 'server', message, retryable };
    this.status = 'failed';
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
    if (this.status === 'sending') return; // a double click sends once
    const form = e.target as HTMLFormElement;
    if ((form.elements.namedItem('website') as HTMLInputElement | null)?.value) {
      // The honeypot was filled: a bot. Pretend all went well and send nothing.
      this.status = 'sent';
      return;
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
      this.status = 'mailto';
      void this.focusPanel();
      return;
    }
    if (endpoint) await this.send(referral, endpoint, this.retries);
  }

  private async send(referral: Referral, endpoint: string, retries: number): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'sending';
    const result = await sendReferral(endpoint, referral, {
      timeout: this.timeout,
      retries,
      backoff: this.backoff,
      signal: controller.signal,
      onAttempt: () => (this.status = 'sending'),
      onRetry: (delay, failure) => {
        this.failure = failure;
        this.retryDelay = delay;
        this.status = 'failed';
      },
    });
    if (controller.signal.aborted) return; // the visitor retried by hand: that attempt reports
    this.retryDelay = 0;
    if (result.ok) {
      this.reference = result.reference;
      this.status = 'sent';
      this.dispatchEvent(
        new RfReferralSuccessEvent({
          reference: result.reference,
          resourceId: referral.resourceId,
        }),
      );
      void this.focusPanel();
      return;
    }
    this.failure = result;
    this.dispatchEvent(
      new RfReferralErrorEvent({ message: result.message, retryable: result.retryable }),
    );
    if (result.fieldErrors) {
      // The server refused some fields: show its words beside them, and let the visitor correct and resend.
      this.errors = result.fieldErrors;
      this.status = 'editing';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
      return;
    }
    this.status = 'failed';
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

  private describedBy(field: string, hint?: string): string {
    return [
      hint ? `f-${field}-hint` : '',
      this.errors[field as ReferralField] ? `f-${field}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private errorOf(field: string): TemplateResult | typeof nothing {
    const error = this.errors[field as ReferralField | 'consent'];
    return error ? html`<p class="field-error" id="f-${field}-error">${error}</p>` : nothing;
  }

  private textField(
    field: ReferralField,
    label: string,
    options: { type?: string; hint?: string; multiline?: boolean; autocomplete?: string } = {},
  ): TemplateResult {
    const required = this.isRequired(field);
    const value = String(this.values[field] ?? '');
    const onInput = (e: Event) => this.set(field, (e.target as HTMLInputElement).value as never);
    const common = { id: `f-${field}`, describedBy: this.describedBy(field, options.hint) };
    return html`<div class="field ${this.errors[field] ? 'invalid' : ''}">
      <label for=${common.id}
        >${label}
        <span class="muted small">${required ? '' : `(${this.m.referral.optional})`}</span></label
      >
      ${options.hint ? html`<p class="hint muted small" id="f-${field}-hint">${options.hint}</p>` : nothing}
      ${this.errorOf(field)}
      ${
        options.multiline
          ? html`<textarea
              id=${common.id}
              name=${field}
              rows="4"
              aria-invalid=${this.errors[field] ? 'true' : 'false'}
              aria-describedby=${common.describedBy || nothing}
              ?required=${required}
              .value=${value}
              @input=${onInput}
            ></textarea>`
          : html`<input
              id=${common.id}
              name=${field}
              type=${options.type ?? 'text'}
              autocomplete=${options.autocomplete ?? 'off'}
              aria-invalid=${this.errors[field] ? 'true' : 'false'}
              aria-describedby=${common.describedBy || nothing}
              ?required=${required}
              .value=${value}
              @input=${onInput}
            />`
      }
    </div>`;
  }

  private choiceField<F extends keyof typeof CHOICES>(
    field: F,
    legend: string,
    labels: Record<(typeof CHOICES)[F][number], string>,
  ): TemplateResult {
    return html`<fieldset class="field choices">
      <legend>${legend}</legend>
      ${CHOICES[field].map(
        (option) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${field}
              value=${option}
              .checked=${this.values[field] === option}
              @change=${() => this.set(field, option as ReferralFields[F])}
            />
            <span>${labels[option as keyof typeof labels]}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  /** A field's label as the visitor reads it ("Consent" for the consent box). */
  private fieldLabel(field: string): string {
    const m = this.m.referral;
    if (field === 'consent') return m.consentLabel;
    const label = (m as unknown as Record<string, unknown>)[field];
    return typeof label === 'string' ? label : field;
  }

  private isRequired(field: ReferralField): boolean {
    return requiredFields(this.values, this.required).has(field);
  }

  private languageField(label: string): TemplateResult {
    const lang = this.locale.lang;
    const codes = [
      ...new Set([
        lang.split('-')[0]!,
        ...(this.resource?.languages ?? []),
        'en',
        'fr',
        'es',
        'it',
        'ar',
      ]),
    ];
    return html`<div class="field">
      <label for="f-language">${label}</label>
      <select
        id="f-language"
        name="language"
        @change=${(e: Event) => this.set('language', (e.target as HTMLSelectElement).value)}
      >
        ${codes.map((c) => html`<option value=${c} ?selected=${this.values.language.split('-')[0] === c}>${languageName(c, lang)}</option>`)}
      </select>
    </div>`;
  }

  private renderFields(): TemplateResult[] {
    const m = this.m.referral;
    const shown = new Set(applicableFields(this.values, this.fields));
    const out: TemplateResult[] = [];
    const add = (field: ReferralField, render: () => TemplateResult) =>
      shown.has(field) && out.push(render());
    add('requester', () => this.choiceField('requester', m.requester, m.requesterOptions));
    add('supporterName', () =>
      this.textField('supporterName', m.supporterName, { autocomplete: 'off' }),
    );
    add('supporterOrganization', () =>
      this.textField('supporterOrganization', m.supporterOrganization),
    );
    add('name', () => this.textField('name', m.name, { hint: m.nameHint }));
    add('contactMethod', () =>
      this.choiceField('contactMethod', m.contactMethod, m.contactOptions),
    );
    add('phone', () => this.textField('phone', m.phone, { type: 'tel' }));
    add('email', () => this.textField('email', m.email, { type: 'email' }));
    add('messageSafe', () => this.choiceField('messageSafe', m.messageSafe, m.yesNo));
    add('safeTimes', () => this.textField('safeTimes', m.safeTimes, { hint: m.safeTimesHint }));
    add('language', () => this.languageField(m.language));
    add('needs', () => this.textField('needs', m.needs, { hint: m.needsHint, multiline: true }));
    add('urgency', () => this.choiceField('urgency', m.urgency, m.urgencyOptions));
    return out;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.errors).filter(([, v]) => v);
    if (!entries.length) return nothing;
    const m = this.m.referral;
    return html`<div
      part="summary"
      class="summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="summary-title"
    >
      <h3 id="summary-title">${m.errorSummary}</h3>
      <ul>
        ${entries.map(([f, message]) => html`<li><a href="#f-${f}" @click=${(e: Event) => this.focusField(f, e)}>${this.fieldLabel(f).replace(/[?:.]$/, '')}: ${message}</a></li>`)}
      </ul>
    </div>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const m = this.m.referral;
    const t = this.target;
    if (this.status === 'sent') {
      return html`<div part="status" class="panel sent" role="status">
        <h3 tabindex="-1" data-focus>${m.sentTitle}</h3>
        <p>${m.sentBody(t.recipient)}</p>
        ${this.reference ? html`<p class="reference">${m.reference}: <strong>${this.reference}</strong></p>` : nothing}
        <p>${m.nextSteps[this.values.contactMethod](t.recipient)}</p>
        <button type="button" class="button" @click=${() => this.reset()}>${m.newRequest}</button>
      </div>`;
    }
    if (this.status === 'mailto' && t.email) {
      const values = this.referral().fields as Record<string, string>;
      const lines: Array<[string, string]> = Object.entries(values).map(([f, v]) => [
        this.fieldLabel(f),
        v,
      ]);
      lines.push(['—', this.consentText()]);
      const href = referralMailto(t.email, m.emailSubject(t.resourceName || t.recipient), lines);
      return html`<div part="status" class="panel" role="status">
        <p tabindex="-1" data-focus>${m.emailIntro(t.recipient)}</p>
        <a class="button primary" href=${href}>${m.openEmail}</a>
      </div>`;
    }
    if (this.status === 'failed' && this.failure) {
      return html`<div part="status" class="panel failed" role="alert">
        <p tabindex="-1" data-focus>
          <strong>${m.failed}</strong> ${m.failedKinds[this.failure.kind]} ${m.keptNote}
        </p>
        ${this.retryDelay ? html`<p class="muted">${m.retryingIn(Math.round(this.retryDelay / 1000))}</p>` : nothing}
        ${this.failure.retryable ? html`<button type="button" class="button primary" @click=${() => this.retryNow()}>${m.retry}</button>` : nothing}
      </div>`;
    }
    return nothing;
  }

  override render(): TemplateResult {
    const m = this.m.referral;
    const t = this.target;
    if (!t.endpoint && !t.email) return html`<p class="panel">${m.unavailable}</p>`;
    if (this.status === 'sent') return this.renderOutcome() as TemplateResult;
    const sending = this.status === 'sending';
    return html`
      <form
        part="form"
        novalidate
        autocomplete="off"
        @submit=${this.onSubmit}
        aria-busy=${sending ? 'true' : 'false'}
      >
        <p class="intro">${m.intro}</p>
        ${this.renderSummary()} ${this.renderFields()}
        <p class="emergency">${m.emergencyNote}</p>
        <div class="honeypot" style="display:none">
          <label>Website <input name="website" tabindex="-1" autocomplete="off" /></label>
        </div>
        <div class="field consent ${this.errors.consent ? 'invalid' : ''}">
          ${this.errorOf('consent')}
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
          <p class="muted small privacy">${m.privacy(t.recipient)}</p>
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
      </form>
    `;
  }
}
