import { expect } from '@open-wc/testing';
import {
  applicableFields,
  buildReferral,
  defaultFields,
  newIdempotencyKey,
  referralMailto,
  validateReferral,
  type Referral,
} from '../../src/core/referral/referral.js';
import { sendReferral } from '../../src/core/edge/send-referral.js';
import { parseReferral } from '../../src/core/referral/schema.js';

const log = async (key: string) =>
  (await fetch(`/api/referrals/_log?key=${encodeURIComponent(key)}`)).json();

function referral(): Referral {
  return buildReferral({
    resourceId: 'lgbt-1',
    recipient: 'Village Pride',
    fields: {
      ...defaultFields('en'),
      name: 'Sam',
      phone: '+44 161 000 0000',
      needs: 'A support group',
    },
    consentText: 'I agree that Village Pride receives this.',
    consentAt: new Date('2026-11-21T10:00:00Z'),
    language: 'en',
    idempotencyKey: newIdempotencyKey(),
  });
}

describe('referral validation', () => {
  it('needs consent, always', () => {
    const fields = { ...defaultFields(), name: 'Sam', phone: '0123 456 789', needs: 'food' };
    expect(validateReferral(fields, false)).to.deep.equal({ consent: 'consent' });
    expect(validateReferral(fields, true)).to.deep.equal({});
  });

  it('requires the contact detail the chosen method needs', () => {
    const base = { ...defaultFields(), name: 'Sam', needs: 'food' };
    expect(validateReferral({ ...base, contactMethod: 'phone' }, true)).to.deep.equal({
      phone: 'required',
    });
    expect(
      validateReferral({ ...base, contactMethod: 'sms', messageSafe: 'yes', phone: 'abc' }, true),
    ).to.deep.equal({ phone: 'phone' });
    // A text message when a message is not safe contradicts itself.
    expect(
      validateReferral({ ...base, contactMethod: 'sms', phone: '+44 161 000 0000' }, true),
    ).to.deep.equal({ contactMethod: 'unsafeMessage' });
    expect(validateReferral({ ...base, contactMethod: 'email' }, true)).to.deep.equal({
      email: 'required',
    });
    expect(
      validateReferral({ ...base, contactMethod: 'email', email: 'not-an-address' }, true),
    ).to.deep.equal({ email: 'email' });
    expect(validateReferral({ ...base, contactMethod: 'none' }, true)).to.deep.equal({});
  });

  it('asks a supporter for their name', () => {
    const fields = {
      ...defaultFields(),
      requester: 'supporter' as const,
      contactMethod: 'none' as const,
      name: 'Alex',
      needs: 'shelter',
    };
    expect(validateReferral(fields, true)).to.deep.equal({ supporterName: 'required' });
  });

  it('follows the configured required and shown fields', () => {
    const fields = { ...defaultFields(), contactMethod: 'none' as const };
    expect(
      validateReferral(fields, true, { required: ['name', 'needs', 'safeTimes'] }),
    ).to.deep.equal({ name: 'required', needs: 'required' });
    expect(validateReferral(fields, true, { required: [] })).to.deep.equal({});
    expect(
      applicableFields({ requester: 'self', contactMethod: 'email' }, [
        'name',
        'phone',
        'email',
        'needs',
      ]),
    ).to.deep.equal(['name', 'email', 'needs']);
  });

  it('sends only the fields that apply, trimmed, with the consent text and time', () => {
    const r = buildReferral({
      resourceId: 'x',
      recipient: 'Org',
      fields: {
        ...defaultFields('fr'),
        contactMethod: 'email',
        email: ' a@b.co ',
        phone: 'left over',
        name: ' Sam ',
        needs: 'food',
        supporterName: 'ignored',
      },
      consentText: 'Consent text',
      consentAt: new Date('2026-11-21T10:00:00Z'),
      language: 'fr',
      idempotencyKey: 'key-12345678',
    });
    expect(r.fields).to.deep.equal({
      requester: 'self',
      name: 'Sam',
      contactMethod: 'email',
      email: 'a@b.co',
      messageSafe: 'no',
      language: 'fr',
      needs: 'food',
      urgency: 'routine',
    });
    expect(r.consent).to.deep.equal({ text: 'Consent text', givenAt: '2026-11-21T10:00:00.000Z' });
    expect(parseReferral(r)).to.deep.equal({ ok: true, referral: r });
  });

  it('reports what a receiver must reject, by path', () => {
    const result = parseReferral({ resourceId: 'x', fields: { contactMethod: 'phone' } });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors).to.include({
        recipient: 'is required',
        'fields.phone': 'is required for this contact method',
      });
  });

  it('applies the form’s rules on the receiving side: no email with a query, bounded texts', async () => {
    const readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
    const example = JSON.parse(
      readme.split('## Receiving referrals')[1]!.match(/```json\n([\s\S]*?)```/)![1]!,
    );
    const withEmail = {
      ...example,
      fields: { ...example.fields, contactMethod: 'email', email: 'a@b.org?body=Send%20money' },
    };
    const long = {
      ...example,
      recipient: 'R'.repeat(301),
      consent: { ...example.consent, text: 'C'.repeat(2001) },
    };
    const e = parseReferral(withEmail);
    const l = parseReferral(long);
    expect(e.ok || l.ok).to.equal(false);
    if (!e.ok) expect(e.errors).to.include({ 'fields.email': 'is not an email address' });
    if (!l.ok)
      expect(l.errors).to.include({ recipient: 'is too long', 'consent.text': 'is too long' });
  });

  it('accepts the example payload in the README', async () => {
    const readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
    const example = readme.split('## Receiving referrals')[1]!.match(/```json\n([\s\S]*?)```/)![1]!;
    expect(parseReferral(JSON.parse(example)).ok).to.equal(true);
  });

  it('makes unique UUID keys', () => {
    const keys = new Set(Array.from({ length: 100 }, newIdempotencyKey));
    expect(keys.size).to.equal(100);
    expect([...keys][0]).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('builds a mailto: link carrying the referral', () => {
    const href = referralMailto('intake@example.org', 'Referral request', [
      ['Name', 'Sam & co'],
      ['Needs', 'food?'],
    ]);
    expect(href).to.equal(
      'mailto:intake@example.org?subject=Referral%20request&body=Name%3A%20Sam%20%26%20co%0ANeeds%3A%20food%3F',
    );
  });
});

describe('sendReferral (real endpoint served by the test runner)', () => {
  it('delivers a referral and returns the reference verbatim', async () => {
    const r = referral();
    const result = await sendReferral('/api/referrals', r);
    expect(result.ok).to.equal(true);
    const stored = await log(r.idempotencyKey);
    expect(result).to.deep.equal({ ok: true, status: 201, reference: stored.reference });
    expect(stored.referral).to.deep.equal(r);
  });

  it('retries a 503 with the same key and delivers exactly one referral', async () => {
    const r = referral();
    const retries: number[] = [];
    const result = await sendReferral('/api/referrals/flaky?fail=1', r, {
      backoff: 50,
      onRetry: (delay) => retries.push(delay),
    });
    expect(result.ok).to.equal(true);
    expect(retries).to.deep.equal([50]);
    const stored = await log(r.idempotencyKey);
    expect(stored).to.include({ attempts: 2, stored: 1 });
  });

  it('returns the first answer when the same referral is sent again', async () => {
    const r = referral();
    const first = await sendReferral('/api/referrals', r);
    const again = await sendReferral('/api/referrals', r);
    expect(again).to.deep.equal(first);
    const stored = await log(r.idempotencyKey);
    expect(stored).to.include({ attempts: 2, stored: 1 });
  });

  it('gives up after its retries on a network failure, and says it can be retried', async () => {
    const r = referral();
    let attempts = 0;
    const result = await sendReferral('/api/referrals/drop', r, {
      retries: 2,
      backoff: 20,
      onAttempt: (n) => (attempts = n),
    });
    expect(result).to.deep.include({ ok: false, kind: 'network', retryable: true });
    expect(attempts).to.equal(3);
    // Chromium may itself resend a POST once when a reused connection is reset, so the server can see more
    // requests than we made: the reason every attempt carries the same Idempotency-Key.
    const seen = (await log(r.idempotencyKey)).attempts;
    expect(seen).to.be.within(3, 6);
    expect((await log(r.idempotencyKey)).stored).to.equal(0);
  });

  it('times out a slow attempt', async () => {
    const r = referral();
    const result = await sendReferral('/api/referrals/slow?ms=2000', r, {
      timeout: 100,
      retries: 0,
    });
    expect(result).to.deep.include({ ok: false, kind: 'timeout', retryable: true });
  });

  it('stops automatic retries when aborted (the visitor retried by hand)', async () => {
    const r = referral();
    const controller = new AbortController();
    const pending = sendReferral('/api/referrals/flaky?fail=5', r, {
      backoff: 5000,
      signal: controller.signal,
      onRetry: () => controller.abort(),
    });
    expect(await pending).to.deep.include({ ok: false, kind: 'aborted' });
    expect((await log(r.idempotencyKey)).attempts).to.equal(1);
  });

  it('does not retry a rejection, and maps field errors back to fields', async () => {
    const r = referral();
    const result = await sendReferral('/api/referrals/reject-phone', r, { backoff: 10 });
    expect(result).to.deep.include({ ok: false, kind: 'rejected', status: 422, retryable: false });
    if (!result.ok)
      expect(result.fieldErrors).to.deep.equal({ phone: 'This number is not in service.' });
    expect((await log(r.idempotencyKey)).attempts).to.equal(1);
  });
});

describe('the reference endpoint', () => {
  const post = (body: string, key: string | null, type = 'application/json') =>
    fetch('/api/referrals', {
      method: 'POST',
      headers: { 'Content-Type': type, ...(key ? { 'Idempotency-Key': key } : {}) },
      body,
    });

  it('replays the first answer for a repeated key and stores nothing new', async () => {
    const r = referral();
    const first = await post(JSON.stringify(r), r.idempotencyKey);
    expect(first.status).to.equal(201);
    const { total } = await log(r.idempotencyKey);
    const again = await post(
      JSON.stringify({ ...r, fields: { ...r.fields, needs: 'changed' } }),
      r.idempotencyKey,
    );
    expect(again.status).to.equal(201);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect((await again.json()).reference).to.equal((await first.json()).reference);
    const after = await log(r.idempotencyKey);
    expect(after.total).to.equal(total);
    expect(after.referral.fields.needs).to.equal('A support group');
  });

  it('rejects invalid JSON with 400 and stores nothing', async () => {
    const key = newIdempotencyKey();
    const before = (await log(key)).total;
    const response = await post('{ "resourceId": ', key);
    expect(response.status).to.equal(400);
    expect((await response.json()).message).to.equal('The body is not valid JSON.');
    expect(await log(key)).to.include({ stored: 0, total: before });
  });

  it('rejects invalid fields with 422, stores nothing, and accepts the corrected request with the same key', async () => {
    const r = referral();
    const bad = { ...r, fields: { ...r.fields, phone: undefined } };
    const before = (await log(r.idempotencyKey)).total;
    const response = await post(JSON.stringify(bad), r.idempotencyKey);
    expect(response.status).to.equal(422);
    expect((await response.json()).errors).to.deep.equal({
      'fields.phone': 'is required for this contact method',
    });
    expect((await log(r.idempotencyKey)).total).to.equal(before);
    expect((await post(JSON.stringify(r), r.idempotencyKey)).status).to.equal(201);
  });

  it('requires the Idempotency-Key header and JSON', async () => {
    const r = referral();
    expect((await post(JSON.stringify(r), null)).status).to.equal(400);
    expect((await post(JSON.stringify(r), r.idempotencyKey, 'text/plain')).status).to.equal(415);
    expect((await post(JSON.stringify(r), 'another-key-123')).status).to.equal(400);
    expect((await fetch('/api/referrals', { method: 'GET' })).status).to.equal(405);
  });
});
