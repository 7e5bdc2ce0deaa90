/**
 * The referral form's fields, error messages and error summary, as templates over the form's state: what each field
 * looks like and how it is labelled, described and marked invalid. The form element owns the state and the sending.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SendFailed } from '../../core/edge/send-referral.js';
import {
  CONTACT_METHODS,
  REQUESTERS,
  REFERRAL_FIELDS,
  URGENCIES,
  YES_NO,
  type ReferralField,
  type ReferralFields,
} from '../../core/referral/referral.js';
import { languageName } from '../../i18n/index.js';
import type { FormMessages } from '../../i18n/referral/index.js';
import { listFormat } from '../../core/text/intl.js';

/** Reads a comma-separated attribute into a list of known field names. */
export const fieldList = {
  fromAttribute: (value: string | null): ReferralField[] =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v): v is ReferralField => (REFERRAL_FIELDS as readonly string[]).includes(v)),
  toAttribute: (value: ReferralField[]) => value.join(','),
};

/** What the field templates read from the form, and how they change it. */
export interface FieldContext {
  readonly values: ReferralFields;
  readonly errors: Partial<Record<ReferralField | 'consent', string>>;
  readonly m: FormMessages;
  /** The interface language. */
  readonly lang: string;
  /** Languages the resource speaks, offered first. */
  readonly languages: readonly string[];
  required(field: ReferralField): boolean;
  set<K extends ReferralField>(field: K, value: ReferralFields[K]): void;
  focusField(field: string, e: Event): void;
}

const CHOICES = {
  requester: REQUESTERS,
  contactMethod: CONTACT_METHODS,
  messageSafe: YES_NO,
  urgency: URGENCIES,
} as const;

function describedBy(ctx: FieldContext, field: string, hint?: string): string {
  return [
    hint ? `f-${field}-hint` : '',
    ctx.errors[field as ReferralField] ? `f-${field}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The error message of a field, if any. */
export function errorOf(ctx: FieldContext, field: string): TemplateResult | typeof nothing {
  const error = ctx.errors[field as ReferralField | 'consent'];
  return error ? html`<p class="field-error" id="f-${field}-error">${error}</p>` : nothing;
}

function textField(
  ctx: FieldContext,
  field: ReferralField,
  label: string,
  options: { type?: string; hint?: string; multiline?: boolean; autocomplete?: string } = {},
): TemplateResult {
  const required = ctx.required(field);
  const value = String(ctx.values[field] ?? '');
  const onInput = (e: Event) => ctx.set(field, (e.target as HTMLInputElement).value as never);
  const common = { id: `f-${field}`, describedBy: describedBy(ctx, field, options.hint) };
  return html`<div class="field ${ctx.errors[field] ? 'invalid' : ''}">
    <label for=${common.id}
      >${label}
      <span class="muted small">${required ? '' : `(${ctx.m.referral.optional})`}</span></label
    >
    ${options.hint ? html`<p class="hint muted small" id="f-${field}-hint">${options.hint}</p>` : nothing}
    ${errorOf(ctx, field)}
    ${
      options.multiline
        ? html`<textarea
            id=${common.id}
            name=${field}
            rows="4"
            aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
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
            aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
            aria-describedby=${common.describedBy || nothing}
            ?required=${required}
            .value=${value}
            @input=${onInput}
          />`
    }
  </div>`;
}

function choiceField<F extends keyof typeof CHOICES>(
  ctx: FieldContext,
  field: F,
  legend: string,
  labels: Record<(typeof CHOICES)[F][number], string>,
  /** Why an option is not offered now, if it is not. */
  unavailable: (option: string) => string | undefined = () => undefined,
): TemplateResult {
  const error = ctx.errors[field as ReferralField];
  return html`<fieldset
    class="field choices ${error ? 'invalid' : ''}"
    aria-describedby=${error ? `f-${field}-error` : nothing}
  >
    <legend>${legend}</legend>
    ${errorOf(ctx, field)}
    ${CHOICES[field].map(
      (option) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${field}
            value=${option}
            .checked=${ctx.values[field] === option}
            ?disabled=${!!unavailable(option) && ctx.values[field] !== option}
            @change=${() => ctx.set(field, option as ReferralFields[F])}
          />
          <span
            >${labels[option as keyof typeof labels]}${
              unavailable(option)
                ? html` <span class="muted">(${unavailable(option)})</span>`
                : nothing
            }</span
          >
        </label>`,
    )}
  </fieldset>`;
}

/** A field's label as the visitor reads it ("Consent" for the consent box). */
export function fieldLabel(messages: FormMessages, field: string): string {
  const m = messages.referral;
  if (field === 'consent') return m.consentLabel;
  const label = (m as unknown as Record<string, unknown>)[field];
  return typeof label === 'string' ? label : field;
}

function languageField(ctx: FieldContext, label: string): TemplateResult {
  const lang = ctx.lang;
  const codes = [...new Set([lang.split('-')[0]!, ...ctx.languages, 'en', 'fr', 'es', 'it', 'ar'])];
  return html`<div class="field">
    <label for="f-language">${label}</label>
    <select
      id="f-language"
      name="language"
      @change=${(e: Event) => ctx.set('language', (e.target as HTMLSelectElement).value)}
    >
      ${codes.map((c) => html`<option value=${c} ?selected=${ctx.values.language.split('-')[0] === c}>${languageName(c, lang)}</option>`)}
    </select>
  </div>`;
}

/** The fields that apply to what the visitor has chosen so far, in order. */
export function renderFields(
  ctx: FieldContext,
  applicable: readonly ReferralField[],
): TemplateResult[] {
  const m = ctx.m.referral;
  const shown = new Set(applicable);
  const out: TemplateResult[] = [];
  const add = (field: ReferralField, render: () => TemplateResult) =>
    shown.has(field) && out.push(render());
  add('requester', () => choiceField(ctx, 'requester', m.requester, m.requesterOptions));
  add('supporterName', () =>
    textField(ctx, 'supporterName', m.supporterName, { autocomplete: 'off' }),
  );
  add('supporterOrganization', () =>
    textField(ctx, 'supporterOrganization', m.supporterOrganization),
  );
  add('name', () => textField(ctx, 'name', m.name, { hint: m.nameHint }));
  // A text message stays on the phone: not offered while the visitor says a message is not safe.
  add('contactMethod', () =>
    choiceField(ctx, 'contactMethod', m.contactMethod, m.contactOptions, (option) =>
      option === 'sms' && ctx.values.messageSafe === 'no' ? m.smsUnsafe : undefined,
    ),
  );
  add('phone', () => textField(ctx, 'phone', m.phone, { type: 'tel' }));
  add('email', () => textField(ctx, 'email', m.email, { type: 'email' }));
  add('messageSafe', () => choiceField(ctx, 'messageSafe', m.messageSafe, m.yesNo));
  add('safeTimes', () => textField(ctx, 'safeTimes', m.safeTimes, { hint: m.safeTimesHint }));
  add('language', () => languageField(ctx, m.language));
  add('needs', () => textField(ctx, 'needs', m.needs, { hint: m.needsHint, multiline: true }));
  add('urgency', () => choiceField(ctx, 'urgency', m.urgency, m.urgencyOptions));
  return out;
}

/** The list of what is wrong, each linked to its field. */
export function renderSummary(ctx: FieldContext): TemplateResult | typeof nothing {
  const entries = Object.entries(ctx.errors).filter(([, v]) => v);
  if (!entries.length) return nothing;
  const m = ctx.m.referral;
  return html`<div
    part="summary"
    class="summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="summary-title"
  >
    <h3 id="summary-title">${m.errorSummary}</h3>
    <ul>
      ${entries.map(([f, message]) => html`<li><a href="#f-${f}" @click=${(e: Event) => ctx.focusField(f, e)}>${fieldLabel(ctx.m, f).replace(/[?:.]$/, '')}: ${message}</a></li>`)}
    </ul>
  </div>`;
}

/** The consent sentence, naming the recipient and what will be shared of the fields that apply. */
export function consentText(
  messages: FormMessages,
  lang: string,
  applicable: readonly ReferralField[],
  recipient: string,
): string {
  const m = messages.referral;
  const items = [
    applicable.includes('name') && m.sharedItems.name,
    (applicable.includes('phone') || applicable.includes('email')) && m.sharedItems.contact,
    (applicable.includes('messageSafe') || applicable.includes('safeTimes')) &&
      m.sharedItems.safety,
    applicable.includes('supporterName') && m.sharedItems.supporter,
    applicable.includes('needs') && m.sharedItems.needs,
  ].filter((x): x is string => !!x);
  return m.consent(recipient, listFormat(lang, { type: 'conjunction' }).format(items));
}

/** The field only bots fill: hidden by the attribute and the stylesheet, out of the accessibility tree and tab order. */
export function renderTrap(): TemplateResult {
  return html`<div class="honeypot" hidden aria-hidden="true">
    <label>Website <input name="website" tabindex="-1" autocomplete="off" /></label>
  </div>`;
}

/** What the form says when the hidden field was filled: not sent (never "sent" when nothing was), try again. */
export const TRAP_FAILURE: SendFailed = {
  ok: false,
  kind: 'aborted',
  message: 'A hidden field was filled in: nothing was sent.',
  retryable: true,
  uncertain: false,
};

/**
 * Whether the hidden field of `form` was filled (a bot, or a browser's autofill). It is emptied, so that a person who
 * tries again sends.
 */
export function trapSprung(form: HTMLFormElement): boolean {
  const trap = form.elements.namedItem('website') as HTMLInputElement | null;
  if (!trap?.value) return false;
  trap.value = '';
  return true;
}
