/**
 * Sending a referral over the network so that a request is never lost and never duplicated: one Idempotency-Key per
 * referral, reused on every retry.
 */
import { REFERRAL_FIELDS, type Referral, type ReferralField } from '../referral/referral.js';

/** Why sending failed: `server` (5xx, 408, 429: retryable), `rejected` (other 4xx), … */
export const SEND_FAILURES = ['network', 'timeout', 'server', 'rejected', 'aborted'] as const;
/** Why sending failed. */
export type SendFailure = (typeof SEND_FAILURES)[number];

/** The outcome of sending a referral. */
export type SendResult =
  | { ok: true; reference?: string; status: number }
  | {
      ok: false;
      /** `network`, `timeout`, `server` (5xx, 408, 429: retryable), `rejected` (other 4xx), `aborted`. */
      kind: SendFailure;
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
