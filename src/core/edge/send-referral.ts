/**
 * Sending a referral (or a report of a wrong listing) over the network so that a request is never lost and never
 * duplicated: one Idempotency-Key per request, reused on every retry.
 */
import { REFERRAL_FIELDS, type Referral, type ReferralField } from '../referral/referral.js';
import type { ProblemReport } from '../report/report.js';
import { secureEndpoint } from '../text/links.js';
import { BIDI_CONTROLS, INVISIBLE } from '../text/patterns.js';

/**
 * Why sending failed: `server` (5xx, 408, 429: retryable), `rejected` (other 4xx), `insecure` (not https: nothing
 * is sent), …
 */
export const SEND_FAILURES = [
  'network',
  'timeout',
  'server',
  'rejected',
  'aborted',
  'insecure',
] as const;
/** Why sending failed. */
export type SendFailure = (typeof SEND_FAILURES)[number];

/** The outcome of sending a referral (or a report, whose fields are its own). */
export type SendResult<F extends string = ReferralField> =
  | {
      ok: true;
      /** The receiver's reference, when it gave a usable one (text of at most {@link MAX_REFERENCE} characters). */
      reference?: string;
      status: number;
    }
  | {
      ok: false;
      /** `network`, `timeout`, `server` (5xx, 408, 429: retryable), `rejected` (other 4xx), `aborted`, `insecure`. */
      kind: SendFailure;
      status?: number;
      /** For developers and logs, at most {@link MAX_SERVER_TEXT} characters; not meant to be shown as it is. */
      message: string;
      retryable: boolean;
      /**
       * Whether the referral may have arrived all the same: an attempt left and no answer came back (a timeout, a lost
       * connection, a stop while it was on its way). Sending again with the same key is safe either way.
       */
      uncertain: boolean;
      /** Errors per form field from the server (`{ errors: { phone: "…" } }` or `{ errors: { "fields.phone": "…" } }`). */
      fieldErrors?: Partial<Record<F, string>>;
    };

/** A send that failed. */
export type SendFailed<F extends string = ReferralField> = Extract<SendResult<F>, { ok: false }>;

/** Options for {@link sendReferral}. */
export interface SendOptions<F extends string = ReferralField> {
  /** Milliseconds before one attempt is given up. Default 10000. */
  timeout?: number;
  /** Milliseconds before the whole send (every attempt and wait) is given up. Default 30000. */
  total?: number;
  /** Resolves a relative endpoint (the page's address in a browser). */
  base?: string;
  /** Automatic retries after a network error, timeout or server error. Default 3. */
  retries?: number;
  /** Delay before the first automatic retry, doubled each time. Default 1000. */
  backoff?: number;
  /** Stops sending (including pending automatic retries): the visitor retried by hand, or left. */
  signal?: AbortSignal;
  /** Called when an automatic retry is scheduled, with its delay and the failure that caused it. */
  onRetry?: (delay: number, failure: SendFailed<F>) => void;
  /** Called before each attempt (1 for the first). */
  onAttempt?: (attempt: number) => void;
}

/** Longest reference shown to a visitor; a longer one is not a reference a person can keep. */
export const MAX_REFERENCE = 64;
/** Longest text taken from a server's answer (a message, a field's error). */
export const MAX_SERVER_TEXT = 300;
/** Most of a server's answer that is read; the rest is left unread. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** Controls, zero-width and bidirectional formatting characters: never shown from a server's text. */
const UNSHOWABLE = new RegExp(
  `[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u2061-\\u2064${INVISIBLE}${BIDI_CONTROLS}]+`,
  'gu',
);

/** A server's text, as one line of at most `max` characters, or undefined when there is none. */
function serverText(value: unknown, max = MAX_SERVER_TEXT): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value)
    .slice(0, max * 4)
    .replace(UNSHOWABLE, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A reference a person can keep: short text, without the characters that cannot be shown (a newline, a
 * right-to-left override). A longer value is not a reference anyone can note down: it counts as none.
 */
function referenceOf(body: unknown): string | undefined {
  const value = (body as { reference?: unknown } | null)?.reference;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (String(value).length > MAX_REFERENCE * 2) return undefined;
  const text = String(value).replace(UNSHOWABLE, '').trim();
  return text && text.length <= MAX_REFERENCE ? text : undefined;
}

/** The answer's body as JSON, reading at most {@link MAX_ANSWER_BYTES}; null when it is not JSON or too long. */
async function answerOf(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) bytes.set(c, (at += c.byteLength) - c.byteLength);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null; // A body that is not JSON is read as no body.
  }
}

function fieldErrorsOf<F extends string>(
  body: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return undefined;
  const out: Partial<Record<F, string>> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.replace(/^fields\./, '') as F;
    const text = serverText(message, 200);
    if (fields.includes(field) && text) out[field] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

async function attempt<F extends string>(
  endpoint: string,
  payload: { idempotencyKey: string },
  fields: readonly F[],
  timeout: number,
  signal: AbortSignal,
  total: AbortSignal,
): Promise<SendResult<F>> {
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': payload.idempotencyKey,
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.any([signal, total, timer]),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    // The answer has come: the referral arrived whatever its body says, or fails to say.
    const body = await answerOf(response).catch(() => null);
    if (response.ok) {
      const reference = referenceOf(body);
      return { ok: true, status: response.status, ...(reference ? { reference } : {}) };
    }
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    const fieldErrors = fieldErrorsOf(body, fields);
    return {
      ok: false,
      kind: retryable ? 'server' : 'rejected',
      status: response.status,
      message:
        serverText((body as { message?: unknown } | null)?.message) ??
        `The server answered ${response.status}.`,
      retryable,
      // A 4xx is the receiver's refusal: nothing was stored. A 5xx may come after it stored the referral (a gateway
      // that gave up waiting, a crash after the write), or from a second attempt the browser made on its own after a
      // reset connection: it proves nothing.
      uncertain: response.status >= 500,
      ...(fieldErrors ? { fieldErrors } : {}),
    };
  } catch (e) {
    // No answer: the request may have reached the receiver before the wait ended or the connection broke.
    if (signal.aborted) return stopped(true);
    if (timer.aborted || total.aborted)
      return {
        ok: false,
        kind: 'timeout',
        message: 'The server did not answer in time.',
        retryable: true,
        uncertain: true,
      };
    return {
      ok: false,
      kind: 'network',
      message: serverText(`The request could not be sent: ${(e as Error).message}`)!,
      retryable: true,
      uncertain: true,
    };
  }
}

const stopped = (uncertain: boolean): SendFailed<never> => ({
  ok: false,
  kind: 'aborted',
  message: 'Sending was stopped.',
  retryable: true,
  uncertain,
});

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
  });
}

/**
 * POSTs the referral as JSON with its Idempotency-Key, retrying automatically (with backoff) after network errors,
 * timeouts and server errors, never after a rejection, and never for longer than `total` in all. Never throws. The
 * same key on every attempt lets the receiver store the referral once, however many attempts reach it; when no
 * attempt was answered the result says it is `uncertain`, not that nothing was sent. Only `https:` endpoints (and
 * `http:` on a loopback address, for development) are used: anything else fails as `insecure` before sending.
 */
export function sendReferral(
  endpoint: string,
  referral: Referral,
  options: SendOptions = {},
): Promise<SendResult> {
  return sendOnce(endpoint, referral, REFERRAL_FIELDS, options);
}

/** What a report's receiver may name as wrong in its answer (`{ errors: { note: "…" } }`). */
const REPORT_FIELDS = ['kinds', 'note'] as const;

/** Sends a report of a wrong listing as {@link sendReferral} sends a referral: once, however many attempts. */
export function sendReport(
  endpoint: string,
  report: ProblemReport,
  options: SendOptions<(typeof REPORT_FIELDS)[number]> = {},
): Promise<SendResult<(typeof REPORT_FIELDS)[number]>> {
  return sendOnce(endpoint, report, REPORT_FIELDS, options);
}

async function sendOnce<F extends string>(
  endpoint: string,
  payload: { idempotencyKey: string },
  fields: readonly F[],
  options: SendOptions<F>,
): Promise<SendResult<F>> {
  const { timeout = 10000, total = 30000, retries = 3, backoff = 1000 } = options;
  const url = secureEndpoint(endpoint, options.base ?? globalThis.location?.href);
  if (!url)
    return {
      ok: false,
      kind: 'insecure',
      message: 'The endpoint is not https: nothing was sent.',
      retryable: false,
      uncertain: false,
    };
  const signal = options.signal ?? new AbortController().signal;
  const deadline = AbortSignal.timeout(total);
  // Whether an earlier attempt may have arrived: once uncertain, the outcome stays uncertain unless answered.
  let uncertain = false;
  for (let i = 0; ; i++) {
    options.onAttempt?.(i + 1);
    const result = await attempt(url, payload, fields, timeout, signal, deadline);
    if (result.ok) return result;
    const failure: SendFailed<F> = { ...result, uncertain: uncertain || result.uncertain };
    uncertain = failure.uncertain;
    if (!failure.retryable || failure.kind === 'aborted' || i >= retries || deadline.aborted)
      return failure;
    const delay = backoff * 2 ** i;
    options.onRetry?.(delay, failure);
    if (!(await sleep(delay, AbortSignal.any([signal, deadline]))))
      return signal.aborted
        ? stopped(uncertain)
        : { ...failure, kind: 'timeout', message: 'The server did not answer in time.' };
  }
}
