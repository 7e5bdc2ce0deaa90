// Referrals in the database (idempotency under concurrency, validation, rate limit, the organization's token) and
// imports (HSDS data, removal of what a source no longer has, incremental imports, broken sources), over a real
// PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DirectoryMeta, ImportError, importFeed } from '../dist/index.js';
import { importLimits } from '../dist/import.js';
import { parseFeedData } from 'resource-finder/core.js';
import { ROOT, SAMPLE, SAN_MATEO, serve, startDatabase } from './setup.mjs';

function referral(key = randomUUID()) {
  return {
    resourceId: 'man-lgbt-foundation',
    recipient: 'Village Pride Collective',
    fields: {
      requester: 'self',
      name: 'Sam',
      contactMethod: 'phone',
      phone: '+44 161 000 0000',
      messageSafe: 'no',
      safeTimes: 'weekdays after 6 pm',
      language: 'en',
      needs: 'A support group on weekday evenings',
      urgency: 'routine',
    },
    consent: {
      text: 'I agree that Village Pride Collective receives the name given, the contact details, when it is safe to call, and what help is needed, to contact me about this request.',
      givenAt: '2026-11-21T13:37:05.512Z',
    },
    language: 'en',
    idempotencyKey: key,
  };
}

const post = (base, body, headers = {}) =>
  fetch(`${base}/referrals`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': body.idempotencyKey ?? '',
      ...headers,
    },
    body: JSON.stringify(body),
  });

describe('referrals', () => {
  let directory;
  let http;
  const token = 'organization-token-3f9a1c';
  before(async () => {
    directory = await startDatabase(null);
    http = await serve(directory.db, {
      referralsToken: token,
      referralLimit: { max: 1000, windowMs: 60_000 },
    });
  });
  after(async () => {
    await http?.close();
    await directory?.close();
  });
  const rows = async () =>
    Number((await directory.db.pool.query('select count(*) n from referrals')).rows[0].n);

  it('stores exactly one referral for 50 concurrent requests with one key, and tells each the same reference', async () => {
    const body = referral();
    const before = await rows();
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(http.base, body)));
    const references = await Promise.all(answers.map(async (a) => (await a.json()).reference));
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
    assert.equal(new Set(references).size, 1);
    assert.match(references[0], /^RF-\d{8}-[A-Z2-9]{8}$/);
    assert.equal(await rows(), before + 1);
    assert.ok(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length >= 1);
  });

  it('stores nothing for a request it refuses, so the visitor can correct it and send again with the same key', async () => {
    const before = await rows();
    const bad = referral();
    bad.fields.phone = '';
    const refused = await post(http.base, bad);
    assert.equal(refused.status, 422);
    assert.ok((await refused.json()).errors['fields.phone']);
    assert.equal(await rows(), before);
    const corrected = await post(http.base, { ...bad, fields: referral().fields });
    assert.equal(corrected.status, 201);
    assert.equal(await rows(), before + 1);
    assert.equal(
      (await post(http.base, referral(), { 'Idempotency-Key': 'another-key-123' })).status,
      400,
    );
    const notJson = await fetch(`${http.base}/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID() },
      body: 'hello',
    });
    assert.equal(notJson.status, 415);
    const huge = await post(http.base, { ...referral(), padding: 'x'.repeat(70_000) });
    assert.equal(huge.status, 413);
    assert.equal(await rows(), before + 1);
  });

  it('lists and marks referrals handled only with the organization’s token', async () => {
    const none = await http.get('/referrals');
    assert.equal(none.status, 401);
    assert.ok(!JSON.stringify(none.body).includes('Sam'));
    assert.equal(
      (await http.get('/referrals', { Authorization: 'Bearer wrong-token-value' })).status,
      401,
    );
    const listed = await http.get('/referrals?handled=false', { Authorization: `Bearer ${token}` });
    assert.equal(listed.status, 200);
    assert.ok(listed.body.total_items >= 2);
    const first = listed.body.contents[0];
    assert.equal(first.referral.fields.name, 'Sam');
    const handled = await fetch(`${http.base}/referrals/${first.reference}/handled`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(handled.status, 200);
    const after = await http.get('/referrals?handled=false', { Authorization: `Bearer ${token}` });
    assert.equal(after.body.total_items, listed.body.total_items - 1);
    const unauthorized = await fetch(`${http.base}/referrals/${first.reference}/handled`, {
      method: 'POST',
    });
    assert.equal(unauthorized.status, 401);
  });

  it('serves no stored referral at all when no token is configured', async () => {
    const open = await serve(directory.db);
    try {
      assert.equal((await open.get('/referrals')).status, 404);
      assert.equal((await open.get('/referrals', { Authorization: 'Bearer ' })).status, 404);
    } finally {
      await open.close();
    }
  });

  it('limits how many referrals one client sends, with a Retry-After', async () => {
    const limited = await serve(directory.db, { referralLimit: { max: 3, windowMs: 60_000 } });
    try {
      const statuses = [];
      let retryAfter;
      for (let i = 0; i < 5; i++) {
        const answer = await post(limited.base, referral());
        statuses.push(answer.status);
        if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      assert.ok(Number(retryAfter) > 0 && Number(retryAfter) <= 60);
    } finally {
      await limited.close();
    }
  });
});

describe('imports', () => {
  let directory;
  let folder;
  before(async () => {
    directory = await startDatabase(null);
    folder = await mkdtemp(join(tmpdir(), 'rf-import-'));
  });
  after(async () => {
    await directory?.close();
    await rm(folder, { recursive: true, force: true });
  });
  const count = async () =>
    Number((await directory.db.pool.query('select count(*) n from services')).rows[0].n);

  it('imports HSDS data with the finder’s validation, and reports what it could not use', async () => {
    const report = await importFeed(directory.db, SAN_MATEO);
    assert.equal(report.format, 'hsds');
    assert.ok(report.accepted > 10);
    assert.equal(await count(), report.accepted);
    assert.equal(report.total, report.accepted + report.rejected + report.hidden);
  });

  it('removes what the source no longer has, and keeps what an incremental import does not mention', async () => {
    const feed = JSON.parse(await readFile(SAMPLE, 'utf8'));
    const full = await importFeed(directory.db, SAMPLE);
    assert.equal(full.accepted, 88);
    assert.ok(full.removed > 0, 'the HSDS services are gone');
    assert.equal(await count(), 88);
    const smaller = join(folder, 'smaller.json');
    const renamed = { ...feed.resources[1], name: 'A renamed service' };
    await writeFile(
      smaller,
      JSON.stringify({
        ...feed,
        resources: [feed.resources[0], renamed, ...feed.resources.slice(10)],
      }),
    );
    const second = await importFeed(directory.db, smaller);
    assert.equal(second.removed, 8);
    assert.equal(await count(), 80);
    const { rows } = await directory.db.pool.query('select name from services where id = $1', [
      renamed.id,
    ]);
    assert.equal(rows[0].name, 'A renamed service');
    // An incremental import adds and updates; it removes nothing.
    const one = join(folder, 'one.json');
    await writeFile(one, JSON.stringify({ ...feed, resources: [feed.resources[2]] }));
    const incremental = await importFeed(directory.db, one, { since: '2026-01-01' });
    assert.equal(incremental.removed, 0);
    assert.equal(await count(), 81);
    // The directory's time zones ("open now" is worked out once for each) are learnt from its imports.
    const elsewhere = join(folder, 'elsewhere.json');
    const far = { ...feed.resources[3], id: 'far-away' };
    far.hours = { ...far.hours, timezone: 'Pacific/Auckland' };
    await writeFile(elsewhere, JSON.stringify({ ...feed, resources: [far] }));
    await importFeed(directory.db, elsewhere, { since: '2026-01-01' });
    const { rows: zones } = await directory.db.pool.query(
      'select distinct hours_zone z from services where hours_zone is not null order by 1',
    );
    assert.ok(zones.some((r) => r.z === 'Pacific/Auckland'));
    assert.deepEqual(
      (await DirectoryMeta.load(directory.db.pool)).zones,
      zones.map((r) => r.z),
    );
  });

  it('keeps the whole records of a damaged file and removes nothing for it; refuses a source with nothing usable', async () => {
    const before = await count();
    const broken = join(folder, 'broken.json');
    await writeFile(
      broken,
      '{"resources": [ {"id": "whole-record", "name": "A whole record"}, {"id": "cut", "na',
    );
    const damaged = await importFeed(directory.db, broken);
    assert.equal(damaged.accepted, 1);
    assert.match(damaged.incomplete, /damaged/);
    assert.equal(damaged.removed, 0);
    assert.equal(await count(), before + 1);
    const empty = join(folder, 'empty.json');
    await writeFile(empty, JSON.stringify({ resources: [{ id: 'x' }] }));
    await assert.rejects(
      importFeed(directory.db, empty),
      (e) => e instanceof ImportError && e.problems.length > 0,
    );
    const garbage = join(folder, 'garbage.json');
    await writeFile(garbage, '<html>not a feed</html>');
    await assert.rejects(importFeed(directory.db, garbage), ImportError);
    assert.equal(await count(), before + 1);
  });

  it('reads a source in a thread of its own, with the same outcome as in the calling thread', async () => {
    const rows = async () =>
      (
        await directory.db.pool.query(
          'select id, resource, position, search::text from services order by id',
        )
      ).rows;
    await importFeed(directory.db, SAN_MATEO);
    const lines = [];
    const threaded = await importFeed(directory.db, SAN_MATEO, { log: (l) => lines.push(l) });
    // What the thread logs reaches the caller.
    assert.ok(lines.some((l) => l.startsWith('reading ')));
    const written = await rows();
    // The same database without the means to open connections of its own: the import runs in this thread.
    const here = await importFeed({ ...directory.db, connections: undefined }, SAN_MATEO);
    const { milliseconds: a, ...threadedReport } = threaded;
    const { milliseconds: b, ...hereReport } = here;
    assert.ok(a >= 0 && b >= 0);
    assert.deepEqual(threadedReport, hereReport);
    assert.deepEqual(await rows(), written);
    // Its heap: half the memory for the records (at least Node.js's default), semi-spaces of 64 MB.
    assert.deepEqual(importLimits(8 * 2 ** 30), {
      maxYoungGenerationSizeMb: 192,
      maxOldGenerationSizeMb: 4096,
    });
    assert.equal(importLimits(24 * 2 ** 30).maxOldGenerationSizeMb, 12 * 1024);
  });

  it('writes a file’s services while reading it, and writes again those its feed names only later', async () => {
    const stored = async (prefix) =>
      (
        await directory.db.pool.query(
          'select resource from services where id like $1 order by position',
          [`${prefix}%`],
        )
      ).rows.map((r) => r.resource);
    const as = (records) => JSON.parse(JSON.stringify(parseFeedData(records).resources));
    const http = await serve(directory.db, { cacheSeconds: 0, importCheckMs: 0 });
    const found = async (search) =>
      (await http.get(`/services?search=${encodeURIComponent(search)}&per_page=1`)).body
        .total_items;
    try {
      // Long enough for its first services to be written while the rest is read (it is read 64 KB at a time).
      const description =
        'Open to everyone in the area; no appointment or referral is needed. '.repeat(15);
      // Our format, its taxonomy after 1,200 resources: the first ones are written before it is read.
      const feed = JSON.parse(
        await readFile(join(ROOT, 'test/fixtures/feed-taxonomy.json'), 'utf8'),
      );
      const { resources, ...envelope } = feed;
      const many = Array.from({ length: 1200 }, (_, i) => ({
        ...resources[i % resources.length],
        id: `late-taxonomy-${i}`,
        description,
      }));
      const late = join(folder, 'taxonomy-last.json');
      await writeFile(late, JSON.stringify({ resources: many, ...envelope }));
      const report = await importFeed(directory.db, late);
      assert.equal(report.accepted, 1200);
      assert.deepEqual(await stored('late-taxonomy-'), as({ resources: many, ...envelope }));
      // Found by their category's name in the taxonomy ("food-bank" in the feed, "Banque alimentaire" in French).
      const banks = many.filter((r) => r.categories?.includes('food-bank')).length;
      assert.ok(banks > 0);
      assert.equal(await found('banque'), banks);

      // HSDS: 1,200 services under a term whose parent term comes only with the last one.
      const term = (id, name, parent) => ({
        taxonomy_term: { id, name, taxonomy: 'topics', ...(parent ? { parent_id: parent } : {}) },
      });
      const services = Array.from({ length: 1200 }, (_, i) => ({
        id: `late-term-${i}`,
        name: `Pantry ${i}`,
        description,
        schedules: [],
        attributes: [term('t2', 'Pantries', 't1')],
      }));
      services.push({
        id: 'late-term-last',
        name: 'Kitchen',
        schedules: [],
        attributes: [term('t1', 'Groceries')],
      });
      const hsds = join(folder, 'parent-last.json');
      await writeFile(hsds, JSON.stringify(services));
      assert.equal((await importFeed(directory.db, hsds)).accepted, 1201);
      assert.deepEqual(await stored('late-term-'), as(services));
      assert.equal(await found('groceries'), 1201);
    } finally {
      await http.close();
    }
  });

  it('imports spreadsheets: one sheet, its problems by row and column, and HSDS tables from a folder', async () => {
    const before = await count();
    const fixtures = new URL('../../test/fixtures/', import.meta.url);
    // Incremental, so that nothing else is removed.
    // Saved where people save things: a name with spaces.
    const spaced = join(folder, 'Our resource list.csv');
    await writeFile(spaced, await readFile(fileURLToPath(new URL('sheet-bad-rows.csv', fixtures))));
    const sheet = await importFeed(directory.db, spaced, {
      since: '2026-01-01',
    });
    assert.equal(sheet.format, 'csv');
    assert.deepEqual([sheet.total, sheet.accepted, sheet.rejected], [5, 4, 1]);
    assert.ok(sheet.problems.some((p) => p.row === 5 && p.path === 'Free' && p.code === 'yes-no'));
    const tables = await importFeed(directory.db, fileURLToPath(new URL('hsds/csv', fixtures)), {
      since: '2026-01-01',
    });
    assert.equal(tables.format, 'hsds');
    assert.equal(tables.accepted, 1);
    assert.equal(await count(), before + 5);
    const { rows } = await directory.db.pool.query('select name from services where id = $1', [
      'legal-aid-clinic',
    ]);
    assert.equal(rows[0].name, 'Legal Aid Clinic');
  });

  it('notices an import made by another process, without a restart', async () => {
    const http = await serve(directory.db, { importCheckMs: 0, cacheSeconds: 0 });
    try {
      const before = (await http.get('/services?per_page=1')).body.total_items;
      const few = join(folder, 'few.json');
      const feed = JSON.parse(await readFile(SAMPLE, 'utf8'));
      await writeFile(few, JSON.stringify({ ...feed, resources: feed.resources.slice(0, 5) }));
      await importFeed(directory.db, few); // as the `import` command would, from another process
      const after = (await http.get('/services?per_page=1&records=true')).body;
      assert.notEqual(before, 5);
      assert.equal(after.total_items, 5);
      assert.equal(after.x_resource_finder.size, 5);
    } finally {
      await http.close();
    }
  });

  it('caps per_page at 100', async () => {
    const many = join(folder, 'many.json');
    const resources = Array.from({ length: 150 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
    }));
    await writeFile(many, JSON.stringify({ resources }));
    await importFeed(directory.db, many);
    const http = await serve(directory.db);
    try {
      const page = (await http.get('/services?per_page=1000')).body;
      assert.equal(page.total_items, 150);
      assert.equal(page.size, 100);
      assert.equal(page.total_pages, 2);
      assert.equal((await http.get('/services?per_page=1000&page=2')).body.size, 50);
    } finally {
      await http.close();
    }
  });
});
