// Visitors' reports that a listing is wrong (issue 18): stored once per key over a real PostgreSQL, seen and resolved
// by the maintainer with a token, and named by the next import.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { importFeed } from '../dist/index.js';
import { SAMPLE, serve, startDatabase } from './setup.mjs';

const report = (resourceId, kinds = ['phone'], key = randomUUID()) => ({
  resourceId,
  resourceName: 'As the visitor saw it',
  kinds,
  note: 'The number rings nowhere.',
  language: 'en',
  idempotencyKey: key,
});
const post = (base, body, headers = {}) =>
  fetch(`${base}/reports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': body.idempotencyKey,
      ...headers,
    },
    body: JSON.stringify(body),
  });

describe('problem reports', () => {
  let directory;
  let http;
  let ids;
  const token = 'maintainer-token-77c1e0';
  const auth = { Authorization: `Bearer ${token}` };
  before(async () => {
    directory = await startDatabase(SAMPLE);
    http = await serve(directory.db, {
      reportsToken: token,
      referralLimit: { max: 1000, windowMs: 60_000 },
    });
    ids = (
      await directory.db.pool.query('select id from services order by position limit 3')
    ).rows.map((r) => r.id);
  });
  after(async () => {
    await http?.close();
    await directory?.close();
  });
  const stored = async (id) =>
    Number(
      (await directory.db.pool.query('select count(*) n from reports where resource_id = $1', [id]))
        .rows[0].n,
    );

  it('stores one report for 20 concurrent requests with one key, and answers each with its reference', async () => {
    const body = report(ids[0]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(http.base, body)));
    const references = new Set(
      await Promise.all(answers.map(async (a) => (await a.json()).reference)),
    );
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
    assert.equal(references.size, 1);
    assert.match([...references][0], /^PR-\d{8}-[A-Z2-9]{8}$/);
    assert.equal(await stored(ids[0]), 1);
  });

  it('refuses a report that says nothing is wrong, or asks for something personal, and stores nothing', async () => {
    const empty = await post(http.base, report(ids[1], []));
    assert.equal(empty.status, 422);
    assert.ok((await empty.json()).errors.kinds);
    const extra = await post(http.base, { ...report(ids[1]), email: 'someone@example.org' });
    assert.equal(extra.status, 422);
    assert.equal(await stored(ids[1]), 0);
  });

  it('shows the maintainer, with the token only, how many open reports each listing has, and resolves them', async () => {
    await post(http.base, report(ids[1], ['hours']));
    await post(http.base, report(ids[1], ['hours', 'closed']));
    assert.equal((await http.get('/reports')).status, 401);
    assert.equal((await http.get('/reports', { Authorization: 'Bearer nope' })).status, 401);
    const listed = await http.get('/reports', auth);
    assert.equal(listed.status, 200);
    const [most, next] = listed.body.contents;
    assert.deepEqual(
      { id: most.resourceId, open: most.open, kinds: most.kinds, listed: most.listed },
      { id: ids[1], open: 2, kinds: { hours: 2, closed: 1 }, listed: true },
    );
    assert.equal(next.resourceId, ids[0]);
    const detail = await http.get(`/reports/${encodeURIComponent(ids[1])}`, auth);
    assert.equal(detail.body.reports.length, 2);
    assert.equal(detail.body.reports[0].note, 'The number rings nowhere.');
    // An import names the listings with open reports.
    const imported = await importFeed(directory.db, SAMPLE);
    assert.deepEqual(
      imported.openReports.filter((r) => ids.includes(r.id)),
      [
        { id: ids[1], open: 2 },
        { id: ids[0], open: 1 },
      ],
    );
    const resolved = await fetch(`${http.base}/reports/${encodeURIComponent(ids[1])}/resolved`, {
      method: 'POST',
      headers: auth,
    });
    assert.deepEqual(await resolved.json(), { resourceId: ids[1], resolved: 2 });
    const after = await http.get('/reports', auth);
    assert.deepEqual(
      after.body.contents.map((r) => r.resourceId),
      [ids[0]],
    );
  });

  it('lists no report at all when no token is configured', async () => {
    const open = await serve(directory.db);
    try {
      assert.equal((await open.get('/reports')).status, 404);
      assert.equal((await post(open.base, report(ids[2]))).status, 201);
    } finally {
      await open.close();
    }
  });
});
