/**
 * Referrals in the directory's database, with the contract of README "Receiving referrals": `POST /referrals` with an
 * Idempotency-Key equal to the body's `idempotencyKey`; 201 `{ reference }`; the same key again gets the first answer
 * (`Idempotent-Replayed: true`) however many processes receive it at once (the key is a unique constraint). Stored
 * referrals are listed and marked handled only with the organization's token; nothing of them is ever logged.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { parseReferral } from 'resource-finder/referral-schema.js';
import type { Referral } from 'resource-finder/core.js';

/** What a referral request is answered with. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A human-friendly, unguessable reference: RF-20261121-7KQ2MX (a report's: PR-20261121-…). */
export function newReference(now: Date, prefix = 'RF'): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const random = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${random}`;
}

/** How one kind of request is received once per key: read, then stored in its table. */
export interface OnceReceiver<T> {
  /** What is received, for messages ("referral", "report"). */
  what: string;
  /** Where it is stored, with its `reference` and a unique `idempotency_key`. */
  table: 'referrals' | 'reports';
  /** Validates the received data. */
  parse(data: unknown): { ok: true; value: T } | { ok: false; errors: Record<string, string> };
  /**
   * Stores the value under `key` (`insert … on conflict (idempotency_key) do nothing returning reference`): its
   * reference, or undefined when another request with the key stored it first.
   */
  store(key: string, value: T): Promise<string | undefined>;
}

/**
 * Receives a JSON request exactly once per Idempotency-Key (equal to the body's `idempotencyKey`): the same key
 * again, or at the same time from another process, gets the first answer (`Idempotent-Replayed: true`).
 */
export async function receiveOnce<T>(
  pool: pg.Pool,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  receiver: OnceReceiver<T>,
): Promise<Answer> {
  if (!/^application\/json\b/i.test(String(headers['content-type'] ?? '')))
    return {
      status: 415,
      body: {
        error: 'unsupported-media-type',
        message: 'Send JSON (Content-Type: application/json).',
      },
    };
  const key = String(headers['idempotency-key'] ?? '').trim();
  if (!key)
    return {
      status: 400,
      body: { error: 'bad-request', message: 'The Idempotency-Key header is required.' },
    };
  const replayed = async (): Promise<Answer | undefined> => {
    const { rows } = await pool.query<{ reference: string }>(
      `select reference from ${receiver.table} where idempotency_key = $1`,
      [key],
    );
    return (
      rows[0] && {
        status: 201,
        body: { reference: rows[0].reference },
        headers: { 'Idempotent-Replayed': 'true' },
      }
    );
  };
  const known = await replayed();
  if (known) return known;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { status: 400, body: { error: 'bad-request', message: 'The body is not valid JSON.' } };
  }
  if ((data as { idempotencyKey?: unknown } | null)?.idempotencyKey !== key)
    return {
      status: 400,
      body: {
        error: 'bad-request',
        message: 'The Idempotency-Key header and the idempotencyKey field differ.',
      },
    };
  const parsed = receiver.parse(data);
  if (!parsed.ok)
    return {
      status: 422,
      body: { error: 'invalid', message: 'Some fields are not valid.', errors: parsed.errors },
    };
  // Concurrent requests with one key: the first insert wins, the others find its answer.
  const reference = await receiver.store(key, parsed.value);
  return (
    (reference ? { status: 201, body: { reference } } : await replayed()) ?? {
      status: 500,
      body: {
        error: 'server-error',
        message: `The ${receiver.what} could not be stored; send it again.`,
      },
    }
  );
}

/** Stores one referral (see the module). `body` is the request's text, already within the size limit. */
export function receiveReferral(
  pool: pg.Pool,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  now = new Date(),
): Promise<Answer> {
  return receiveOnce<Referral>(pool, headers, body, {
    what: 'referral',
    table: 'referrals',
    parse(data) {
      const parsed = parseReferral(data);
      return parsed.ok ? { ok: true, value: parsed.referral } : parsed;
    },
    async store(key, referral) {
      const reference = newReference(now);
      const { rows } = await pool.query<{ reference: string }>(
        `insert into referrals (reference, idempotency_key, resource_id, body, received)
         values ($1, $2, $3, $4, $5) on conflict (idempotency_key) do nothing returning reference`,
        [reference, key, referral.resourceId, JSON.stringify(referral), now.toISOString()],
      );
      return rows[0]?.reference;
    },
  });
}

/** Whether a request carries the organization's token (`Authorization: Bearer …`), compared in constant time. */
export function authorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Stored referrals, newest first (only with the token). */
export async function listReferrals(
  pool: pg.Pool,
  options: { handled?: boolean; page: number; perPage: number },
): Promise<{ total: number; contents: unknown[] }> {
  const where =
    options.handled === undefined ? '' : `where handled is ${options.handled ? 'not ' : ''}null`;
  const { rows } = await pool.query<{
    total: string;
    reference: string;
    received: Date;
    handled: Date | null;
    body: unknown;
  }>(
    `select count(*) over () total, reference, received, handled, body from referrals ${where}
     order by received desc, reference limit $1 offset $2`,
    [options.perPage, (options.page - 1) * options.perPage],
  );
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    contents: rows.map((r) => ({
      reference: r.reference,
      received: r.received.toISOString(),
      handled: r.handled?.toISOString() ?? null,
      referral: r.body,
    })),
  };
}

/** Marks a referral handled; false when there is no such referral. */
export async function markHandled(pool: pg.Pool, reference: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    'update referrals set handled = coalesce(handled, now()) where reference = $1',
    [reference],
  );
  return !!rowCount;
}

/** A fixed-window limit per client address: at most `max` requests per `windowMs`. */
export class RateLimit {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Seconds to wait when `client` is over the limit, else 0 (and the request counts). */
  take(client: string, now = Date.now()): number {
    if (this.hits.size > 50_000)
      for (const [k, v] of this.hits) if (now - v.start >= this.windowMs) this.hits.delete(k);
    const hit = this.hits.get(client);
    if (!hit || now - hit.start >= this.windowMs) {
      this.hits.set(client, { start: now, count: 1 });
      return 0;
    }
    if (hit.count >= this.max) return Math.ceil((hit.start + this.windowMs - now) / 1000);
    hit.count += 1;
    return 0;
  }
}
