// The reference referral receiver: what `npm start` serves at POST /api/referrals, and the contract an
// organization's backend must meet (see README, "Receiving referrals"). No dependencies beyond the built core.
//
// - POST JSON (Content-Type: application/json, at most 64 KB) with an Idempotency-Key header equal to the body's
//   idempotencyKey.
// - 201 { reference } when accepted; the referral is appended to a JSON-lines file.
// - The same key again returns the first answer (201, the same reference, header Idempotent-Replayed: true) and
//   stores nothing new.
// - 400 malformed (not JSON, no key), 413 too large, 415 not JSON, 422 { message, errors } invalid fields,
//   405 other methods. Nothing is stored for a rejected request, so the sender can correct it and retry with the
//   same key.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { parseReferral } from 'resource-finder/referral-schema.js';

export const MAX_BODY = 64 * 1024;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Idempotent-Replayed',
};

/** A store of accepted referrals in a JSON-lines file, indexed by idempotency key (rebuilt from the file). */
export function createReferralStore(file) {
  const byKey = new Map();
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line);
        byKey.set(record.idempotencyKey, record);
      } catch {
        // A damaged line is skipped; the others still count.
      }
    }
  }
  return {
    file,
    get: (key) => byKey.get(key),
    add(record) {
      appendFileSync(file, `${JSON.stringify(record)}\n`);
      byKey.set(record.idempotencyKey, record);
    },
    count: () => byKey.size,
  };
}

/** A human-friendly, unguessable reference: RF-20261121-7KQ2MX. */
function newReference(now) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const random = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('');
  return `RF-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${random}`;
}

const json = (status, body, extra = {}) => ({
  status,
  headers: {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...CORS,
    ...extra,
  },
  body: JSON.stringify(body),
});

/**
 * Handles one request: `{ method, headers (lower-case names), body (string) }` -> `{ status, headers, body }`.
 */
export function handleReferral(request, store, now = new Date()) {
  const { method, headers } = request;
  if (method === 'OPTIONS')
    return { status: 204, headers: { ...CORS, 'Access-Control-Max-Age': '600' }, body: '' };
  if (method !== 'POST') return json(405, { message: 'Use POST.' }, { Allow: 'POST, OPTIONS' });
  if (!/^application\/json\b/i.test(headers['content-type'] ?? ''))
    return json(415, { message: 'Send JSON (Content-Type: application/json).' });
  if (Buffer.byteLength(request.body ?? '') > MAX_BODY)
    return json(413, { message: 'The request is too large.' });
  const key = (headers['idempotency-key'] ?? '').trim();
  if (!key) return json(400, { message: 'The Idempotency-Key header is required.' });
  const stored = store.get(key);
  if (stored) return json(201, { reference: stored.reference }, { 'Idempotent-Replayed': 'true' });
  let data;
  try {
    data = JSON.parse(request.body);
  } catch {
    return json(400, { message: 'The body is not valid JSON.' });
  }
  if (data?.idempotencyKey !== key)
    return json(400, {
      message: 'The Idempotency-Key header and the idempotencyKey field differ.',
    });
  const parsed = parseReferral(data);
  if (!parsed.ok)
    return json(422, { message: 'Some fields are not valid.', errors: parsed.errors });
  const reference = newReference(now);
  store.add({
    reference,
    idempotencyKey: key,
    receivedAt: now.toISOString(),
    referral: parsed.referral,
  });
  return json(201, { reference });
}

/** Reads a Node request body as text, refusing more than MAX_BODY bytes (returns null when too large). */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY + 1) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY ? 'x'.repeat(MAX_BODY + 1) : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** Serves the endpoint on a Node http request. */
export async function serveReferral(req, res, store) {
  const body = req.method === 'POST' ? await readBody(req) : '';
  const out = handleReferral({ method: req.method, headers: req.headers, body }, store);
  res.writeHead(out.status, out.headers).end(out.body);
}
