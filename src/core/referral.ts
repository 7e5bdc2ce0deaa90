/**
 * Referral requests: field validation, the payload sent to an organization, and sending it so that a request is
 * never lost and never duplicated (one Idempotency-Key per referral, reused on every retry). Pure: no DOM.
 */

/** Who the request is for. */
export const REQUESTERS = ['self', 'supporter'] as const;
/** How the person wants to be contacted. `none`: "do not contact me, I will get in touch". */
export const CONTACT_METHODS = ['phone', 'sms', 'email', 'none'] as const;
/** How urgent the request is. */
export const URGENCIES = ['routine', 'urgent'] as const;
/** Whether a voicemail or message is safe. */
export const YES_NO = ['yes', 'no'] as const;

/** Every field of the form, in display order. */
export const REFERRAL_FIELDS = [
  'requester',
  'supporterName',
  'supporterOrganization',
  'name',
  'contactMethod',
  'phone',
  'email',
  'messageSafe',
  'safeTimes',
  'language',
  'needs',
  'urgency',
] as const;

/** A field of the form. */
export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** What the visitor typed and chose. */
export interface ReferralFields {
  requester: (typeof REQUESTERS)[number];
  supporterName: string;
  supporterOrganization: string;
  name: string;
  contactMethod: (typeof CONTACT_METHODS)[number];
  phone: string;
  email: string;
  messageSafe: (typeof YES_NO)[number];
  safeTimes: string;
  language: string;
  needs: string;
  urgency: (typeof URGENCIES)[number];
}

/** Why a field is not valid; the form turns each code into a sentence in the visitor's language. */
export type ReferralErrorCode = 'required' | 'phone' | 'email' | 'consent' | 'tooLong';

/** Fields shown by default: all of them. */
export const DEFAULT_SHOWN: readonly ReferralField[] = REFERRAL_FIELDS;
/** Fields required by default (besides the contact detail that the chosen contact method needs). */
export const DEFAULT_REQUIRED: readonly ReferralField[] = ['name', 'needs'];

/** Choice fields start with a safe default, so text boxes and consent are enough to send. */
export function defaultFields(language = 'en'): ReferralFields {
  return {
    requester: 'self',
    supporterName: '',
    supporterOrganization: '',
    name: '',
    contactMethod: 'phone',
    phone: '',
    email: '',
    messageSafe: 'no',
    safeTimes: '',
    language,
    needs: '',
    urgency: 'routine',
  };
}

/** Which fields apply given the choices made: the supporter's details only for a supporter, and so on. */
export function applicableFields(
  fields: Pick<ReferralFields, 'requester' | 'contactMethod'>,
  shown: readonly ReferralField[] = DEFAULT_SHOWN,
): ReferralField[] {
  const method = fields.contactMethod;
  return shown.filter((f) => {
    if (f === 'supporterName' || f === 'supporterOrganization')
      return fields.requester === 'supporter';
    if (f === 'phone') return method === 'phone' || method === 'sms';
    if (f === 'email') return method === 'email';
    if (f === 'messageSafe') return method !== 'none';
    if (f === 'safeTimes') return method === 'phone' || method === 'sms';
    return true;
  });
}

/** What counts as a phone number. */
export const PHONE = /^\+?[\d\s().-]{6,}$/;
/** What counts as an email address. */
export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
/** Longest text accepted in one field. */
export const MAX_TEXT = 4000;

/**
 * The fields that must be filled given the choices made: the configured ones, the supporter's name for a supporter,
 * and the phone or email that the chosen contact method needs.
 */
export function requiredFields(
  fields: Pick<ReferralFields, 'requester' | 'contactMethod'>,
  configured: readonly ReferralField[] = DEFAULT_REQUIRED,
): Set<ReferralField> {
  const required = new Set<ReferralField>(configured);
  if (fields.requester === 'supporter') required.add('supporterName');
  if (fields.contactMethod === 'phone' || fields.contactMethod === 'sms') required.add('phone');
  if (fields.contactMethod === 'email') required.add('email');
  return required;
}

/**
 * Validates the form. Returns an error code per field (empty when valid). Consent is required, always; the phone or
 * email that the chosen contact method needs is required; the supporter's name is required for a supporter.
 */
export function validateReferral(
  fields: ReferralFields,
  consent: boolean,
  options: { shown?: readonly ReferralField[]; required?: readonly ReferralField[] } = {},
): Partial<Record<ReferralField | 'consent', ReferralErrorCode>> {
  const errors: Partial<Record<ReferralField | 'consent', ReferralErrorCode>> = {};
  const applicable = applicableFields(fields, options.shown);
  const required = requiredFields(fields, options.required);
  for (const field of applicable) {
    const value = String(fields[field] ?? '').trim();
    if (!value) {
      if (required.has(field)) errors[field] = 'required';
    } else if (field === 'phone' && !PHONE.test(value)) errors.phone = 'phone';
    else if (field === 'email' && !EMAIL.test(value)) errors.email = 'email';
    else if (value.length > MAX_TEXT) errors[field] = 'tooLong';
  }
  if (!consent) errors.consent = 'consent';
  return errors;
}

/** The referral as sent to the organization. */
export interface Referral {
  /** The resource (service) the request is for. */
  resourceId: string;
  /** The organization that receives it, as named to the visitor. */
  recipient: string;
  /** The fields that apply, trimmed. */
  fields: Partial<ReferralFields>;
  /** The consent the visitor gave: the exact text shown, and when. */
  consent: { text: string; givenAt: string };
  /** The interface language the visitor used. */
  language: string;
  /** The same for every attempt to send this referral. */
  idempotencyKey: string;
}

/** Builds the referral from the form: only the fields that apply, trimmed. */
export function buildReferral(input: {
  resourceId: string;
  recipient: string;
  fields: ReferralFields;
  shown?: readonly ReferralField[];
  consentText: string;
  consentAt: Date;
  language: string;
  idempotencyKey: string;
}): Referral {
  const fields: Partial<ReferralFields> = {};
  for (const f of applicableFields(input.fields, input.shown)) {
    const value = String(input.fields[f] ?? '').trim();
    if (value) (fields as Record<string, string>)[f] = value;
  }
  return {
    resourceId: input.resourceId,
    recipient: input.recipient,
    fields,
    consent: { text: input.consentText, givenAt: input.consentAt.toISOString() },
    language: input.language,
    idempotencyKey: input.idempotencyKey,
  };
}

/** A random UUID v4, from the Web Crypto API (available on http pages too). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---- Sending

/** The outcome of sending a referral. */
export type SendResult =
  | { ok: true; reference?: string; status: number }
  | {
      ok: false;
      /** `network`, `timeout`, `server` (5xx, 408, 429: retryable), `rejected` (other 4xx), `aborted`. */
      kind: 'network' | 'timeout' | 'server' | 'rejected' | 'aborted';
      status?: number;
      message: string;
      retryable: boolean;
      /** Errors per form field from the server (`{ errors: { phone: "…" } }` or `{ errors: { "fields.phone": "…" } }`). */
      fieldErrors?: Partial<Record<ReferralField, string>>;
    };

/** Options for {@link sendReferral}. */
export interface SendOptions {
  /** Milliseconds before one attempt is given up. Default 10000. */
  timeout?: number;
  /** Automatic retries after a network error, timeout or server error. Default 3. */
  retries?: number;
  /** Delay before the first automatic retry, doubled each time. Default 1000. */
  backoff?: number;
  /** Stops sending (including pending automatic retries): the visitor retried by hand, or left. */
  signal?: AbortSignal;
  /** Called when an automatic retry is scheduled, with its delay and the failure that caused it. */
  onRetry?: (delay: number, failure: Extract<SendResult, { ok: false }>) => void;
  /** Called before each attempt (1 for the first). */
  onAttempt?: (attempt: number) => void;
}

function fieldErrorsOf(body: unknown): Partial<Record<ReferralField, string>> | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return undefined;
  const out: Partial<Record<ReferralField, string>> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.replace(/^fields\./, '') as ReferralField;
    if ((REFERRAL_FIELDS as readonly string[]).includes(field) && typeof message === 'string')
      out[field] = message;
  }
  return Object.keys(out).length ? out : undefined;
}

async function attempt(
  endpoint: string,
  referral: Referral,
  timeout: number,
  signal?: AbortSignal,
): Promise<SendResult> {
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': referral.idempotencyKey,
      },
      body: JSON.stringify(referral),
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // A body that is not JSON is read as no body.
    }
    if (response.ok) {
      const reference = (body as { reference?: unknown } | null)?.reference;
      return {
        ok: true,
        status: response.status,
        ...(typeof reference === 'string' || typeof reference === 'number'
          ? { reference: String(reference) }
          : {}),
      };
    }
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const fieldErrors = fieldErrorsOf(body);
    const serverMessage = (body as { message?: unknown } | null)?.message;
    return {
      ok: false,
      kind: retryable ? 'server' : 'rejected',
      status: response.status,
      message:
        typeof serverMessage === 'string'
          ? serverMessage
          : `The server answered ${response.status}.`,
      retryable,
      ...(fieldErrors ? { fieldErrors } : {}),
    };
  } catch (e) {
    if (signal?.aborted)
      return { ok: false, kind: 'aborted', message: 'Sending was stopped.', retryable: true };
    if (timer.aborted)
      return {
        ok: false,
        kind: 'timeout',
        message: 'The server did not answer in time.',
        retryable: true,
      };
    return {
      ok: false,
      kind: 'network',
      message: `The request could not be sent: ${(e as Error).message}`,
      retryable: true,
    };
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
  });
}

/**
 * POSTs the referral as JSON with its Idempotency-Key, retrying automatically (with backoff) after network errors,
 * timeouts and server errors, never after a rejection. Never throws. The same key on every attempt lets the
 * receiver store the referral once, however many attempts reach it.
 */
export async function sendReferral(
  endpoint: string,
  referral: Referral,
  options: SendOptions = {},
): Promise<SendResult> {
  const { timeout = 10000, retries = 3, backoff = 1000, signal } = options;
  for (let i = 0; ; i++) {
    options.onAttempt?.(i + 1);
    const result = await attempt(endpoint, referral, timeout, signal);
    if (result.ok || !result.retryable || result.kind === 'aborted' || i >= retries) return result;
    const delay = backoff * 2 ** i;
    options.onRetry?.(delay, result);
    if (!(await sleep(delay, signal)))
      return { ok: false, kind: 'aborted', message: 'Sending was stopped.', retryable: true };
  }
}

/** A `mailto:` link carrying the referral, for organizations that take referrals by email only. */
export function referralMailto(
  email: string,
  subject: string,
  lines: Array<[label: string, value: string]>,
): string {
  const body = lines.map(([label, value]) => `${label}: ${value}`).join('\n');
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
