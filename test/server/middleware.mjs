// Test-server routes for real-network tests: slow feeds (timeouts, cancellation) and HTTP errors.
// Loaded by web-test-runner.config.mjs; the browser fetches these for real.

const MAX_DELAY = 10_000;

/** @type {import('koa').Middleware} */
export async function feedRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/slow-feed') {
    // Answers after `ms` milliseconds (bounded), with the feed named by `file` or an empty valid feed.
    const ms = Math.min(Number(url.searchParams.get('ms') ?? 2000), MAX_DELAY);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      title: `slow ${ms}`,
      resources: [{ id: `slow-${ms}`, name: `Slow feed answered after ${ms} ms` }],
    });
    return;
  }
  if (url.pathname === '/api/faulty-feed') {
    // A small valid feed, delivered with a fault: html-500, huge (a 30 MB name), partial (cut after half the
    // bytes, connection closed), reset (no answer), hang (answers nothing for `ms`), trickle (one byte every 20 ms
    // for the first 200 bytes, then the rest), bom (a byte-order mark first), html-200 (an HTML page).
    const fault = url.searchParams.get('fault') ?? 'none';
    const text = JSON.stringify({
      title: 'faulty',
      resources: Array.from({ length: 6 }, (_, i) => ({
        id: `f-${i}`,
        name: fault === 'huge' && i === 0 ? 'N'.repeat(30_000_000) : `Faulty feed record ${i}`,
        categories: ['Food'],
      })),
    });
    if (fault === 'html-500' || fault === 'html-200') {
      ctx.status = fault === 'html-500' ? 500 : 200;
      ctx.type = 'text/html';
      ctx.body = '<h1>Error</h1><img src=x onerror="window.__pwned=1">';
      return;
    }
    if (fault === 'reset') {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (fault === 'hang') {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(Number(url.searchParams.get('ms') ?? 3000), MAX_DELAY)),
      );
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    const res = ctx.res;
    ctx.respond = false;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    if (fault === 'partial') {
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setTimeout(() => res.destroy(), 50);
      return;
    }
    if (fault === 'trickle') {
      for (let i = 0; i < 200; i++) {
        res.write(text[i]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      res.end(text.slice(200));
      return;
    }
    res.end(fault === 'bom' ? `\uFEFF${text}` : text);
    return;
  }
  if (url.pathname === '/api/steady-feed' || url.pathname === '/api/stalled-feed') {
    // A feed of `size` resources (long descriptions) sent in `chunks` pieces, one every `every` ms: slow but steady.
    // The stalled feed stops after its first piece for `stall` ms, then ends without the rest; with `drop=1` the
    // connection is cut instead (a dropped network).
    const size = Math.min(Number(url.searchParams.get('size') ?? 40), 2000);
    const chunks = Math.min(Math.max(Number(url.searchParams.get('chunks') ?? 8), 1), 100);
    const every = Math.min(Number(url.searchParams.get('every') ?? 100), 2000);
    const stall = Math.min(Number(url.searchParams.get('stall') ?? 3000), MAX_DELAY);
    const text = JSON.stringify({
      title: 'steady',
      resources: Array.from({ length: size }, (_, i) => ({
        id: `steady-${i}`,
        name: `Steady resource ${i}`,
        description: `Arrives bit by bit. ${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
      })),
    });
    const { PassThrough } = await import('node:stream');
    const body = new PassThrough();
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
    const piece = Math.ceil(text.length / chunks);
    const stalled = url.pathname === '/api/stalled-feed';
    (async () => {
      for (let i = 0; i < chunks; i++) {
        body.write(text.slice(i * piece, (i + 1) * piece));
        if (stalled && url.searchParams.get('drop') === '1') {
          await new Promise((r) => setTimeout(r, 100));
          ctx.req.socket.destroy();
          return;
        }
        if (stalled) {
          await new Promise((r) => setTimeout(r, stall));
          break;
        }
        await new Promise((r) => setTimeout(r, every));
      }
      body.end();
    })();
    return;
  }
  const status = /^\/api\/status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = 'text/plain';
    ctx.body = `status ${status[1]}`;
    return;
  }
  return next();
}

const flakyCounts = new Map();

/**
 * `/api/flaky-feed?key=K&fail=N`: the first N requests for key K answer 503, later ones the small test feed.
 * Lets a test press Retry against a real server.
 */
export async function flakyFeed(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/api/flaky-feed') return next();
  const key = url.searchParams.get('key') ?? '';
  const fail = Number(url.searchParams.get('fail') ?? 1);
  const count = (flakyCounts.get(key) ?? 0) + 1;
  flakyCounts.set(key, count);
  if (count <= fail) {
    ctx.status = 503;
    ctx.body = 'try again later';
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ resources: [{ id: `flaky-${key}`, name: 'Recovered Food Bank' }] });
}

/**
 * `/dist-flaky/…`: the built drop-in, as `/dist/…`, except that the first request for the file of what a finder draws
 * from its directory (results, cards, filters) answers 503: a visitor's network failing once, then not.
 */
export async function flakyDropIn(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/dist-flaky/')) return next();
  const file = url.pathname.slice('/dist-flaky/'.length);
  if (/^resource-finder-results-elements-/.test(file)) {
    const count = (flakyCounts.get(`drop-in:${file}`) ?? 0) + 1;
    flakyCounts.set(`drop-in:${file}`, count);
    if (count === 1) {
      // Never kept by the browser, whatever the test runner says of files (it marks them all cacheable for a year).
      ctx.set('Vary', '*');
      ctx.status = 503;
      ctx.body = 'try again later';
      return;
    }
  }
  ctx.url = `/dist/${file}${url.search}`;
  return next();
}

// ---- Referral endpoint: the real handler (server/referral-endpoint.mjs) with a fresh store per test run,
// plus routes that fail on purpose. Every POST is logged by its Idempotency-Key for assertions.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferralStore, handleReferral, readBody } from '../../server/referral-endpoint.mjs';

const storeFile = join(tmpdir(), `rf-test-referrals-${process.pid}.jsonl`);
rmSync(storeFile, { force: true });
const store = createReferralStore(storeFile);
const attempts = new Map();

/** @type {import('koa').Middleware} */
export async function referralRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/referrals')) return next();
  const route = url.pathname.slice('/api/referrals'.length);
  if (route === '/_log') {
    const key = url.searchParams.get('key') ?? '';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      attempts: attempts.get(key) ?? 0,
      stored: store.get(key) ? 1 : 0,
      reference: store.get(key)?.reference ?? null,
      total: store.count(),
      referral: store.get(key)?.referral ?? null,
    });
    return;
  }
  const key = String(ctx.get('idempotency-key') ?? '');
  const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  if (ctx.method === 'POST') attempts.set(key, (attempts.get(key) ?? 0) + 1);
  const reply = (out) => {
    ctx.status = out.status;
    ctx.set(out.headers);
    ctx.body = out.body;
  };
  const real = () =>
    reply(handleReferral({ method: ctx.method, headers: ctx.headers, body }, store));

  if (route === '') return real();
  if (route === '/flaky') {
    // The first `fail` attempts of each key answer 503 and store nothing.
    if ((attempts.get(key) ?? 0) <= Number(url.searchParams.get('fail') ?? 1)) {
      return reply({
        status: 503,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'Service unavailable, try later.' }),
      });
    }
    return real();
  }
  if (route === '/drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (route === '/slow') {
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(Number(url.searchParams.get('ms') ?? 1000), 10_000)),
    );
    return real();
  }
  // Faults after the referral is stored: the receiver has it, but the answer is lost, late or odd.
  if (route === '/stored-then-hang') {
    // Stores it, then answers only after `ms` (bounded): longer than the sender waits.
    const out = handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(Number(url.searchParams.get('ms') ?? 5000), 10_000)),
    );
    return reply(out);
  }
  if (route === '/stored-then-reset') {
    handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (route === '/not-json') {
    const out = handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    return reply({ status: out.status, headers: { 'Content-Type': 'text/plain' }, body: 'OK' });
  }
  if (route === '/huge-reference') {
    const out = handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    return reply({
      status: out.status,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference: 'R'.repeat(10_000_000) }),
    });
  }
  if (route === '/odd-reference') {
    // A short reference that carries a right-to-left override and a newline.
    const out = handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    return reply({
      status: out.status,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference: 'RF-1\u202Eexe.nacs\n' }),
    });
  }
  if (route === '/html-500') {
    return reply({
      status: 500,
      headers: { 'Content-Type': 'text/html' },
      body: `<html><body><h1>Internal Server Error</h1><img src=x onerror="window.__pwned=1">${'<p>stack</p>'.repeat(20_000)}</body></html>`,
    });
  }
  if (route === '/faults') {
    // One fault per attempt, from `plan` (comma-separated, the last one repeats): ok, 503, html-500, hang (no
    // answer for 5 s, nothing stored), reset-before (connection cut, nothing stored), reset-after (stored, then
    // cut), late (stored, answered after 5 s), not-json (stored, 201 "OK").
    const plan = (url.searchParams.get('plan') ?? 'ok').split(',');
    const fault = plan[Math.min((attempts.get(key) ?? 1) - 1, plan.length - 1)];
    const store1 = () => handleReferral({ method: ctx.method, headers: ctx.headers, body }, store);
    const cut = () => {
      ctx.req.socket.destroy();
      ctx.respond = false;
    };
    if (fault === 'ok') return reply(store1());
    if (fault === '503')
      return reply({ status: 503, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    if (fault === 'html-500')
      return reply({
        status: 500,
        headers: { 'Content-Type': 'text/html' },
        body: '<h1>Internal Server Error</h1><script>window.__pwned=1</script>',
      });
    if (fault === 'hang') {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      return cut();
    }
    if (fault === 'reset-before') return cut();
    if (fault === 'reset-after') {
      store1();
      return cut();
    }
    if (fault === 'late') {
      const out = store1();
      await new Promise((resolve) => setTimeout(resolve, 5000));
      return reply(out);
    }
    if (fault === 'not-json') {
      const out = store1();
      return reply({ status: out.status, headers: { 'Content-Type': 'text/plain' }, body: 'OK' });
    }
    return reply({ status: 400, headers: {}, body: `unknown fault ${fault}` });
  }
  if (route === '/reject-phone') {
    return reply({
      status: 422,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        message: 'Some fields are not valid.',
        errors: { 'fields.phone': 'This number is not in service.' },
      }),
    });
  }
  return next();
}

// ---- A paged HSDS 3.0 API over the San Mateo excerpt: /api/hsds/services?page=N&per_page=M[&fail_page=K]
import { existsSync, readFileSync } from 'node:fs';

const excerpt = JSON.parse(
  readFileSync(new URL('../fixtures/hsds/san-mateo-excerpt.json', import.meta.url), 'utf8'),
);
const pageRequests = [];

/** @type {import('koa').Middleware} */
export async function hsdsRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/hsds/_requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(pageRequests.splice(0));
    return;
  }
  if (url.pathname !== '/api/hsds/services') return next();
  const page = Number(url.searchParams.get('page') ?? 1);
  const perPage = Number(url.searchParams.get('per_page') ?? 5);
  pageRequests.push(url.search);
  if (Number(url.searchParams.get('fail_page')) === page) {
    ctx.status = 500;
    ctx.body = 'database unavailable';
    return;
  }
  const all = excerpt.contents;
  const totalPages = Math.ceil(all.length / perPage);
  const contents = all.slice((page - 1) * perPage, page * perPage);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    total_items: all.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page === totalPages,
    empty: contents.length === 0,
    contents,
  });
}

// ---- The CLI, run for real: POST /api/cli { args: [...] } -> { code, stdout, stderr }
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { REPORTS_TOKEN } from './directory-server.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('koa').Middleware} */
export async function cliRoute(ctx, next) {
  if (ctx.path !== '/api/cli' || ctx.method !== 'POST') return next();
  const { args } = JSON.parse(await readBody(ctx.req));
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    ctx.status = 400;
    return;
  }
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/resource-finder.mjs', ...args], {
      cwd: projectRoot,
      timeout: 60_000,
      // The maintainer's token of the test directory server, for `validate --reports`.
      env: { ...process.env, REPORTS_TOKEN },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(result);
}

/**
 * Source modules load workers as `new URL('./x.js', import.meta.url)`, the name they have once built. Served from
 * the TypeScript sources, `/src/…/x.js` is `/src/…/x.ts`, which the dev server compiles.
 */
export async function sourceModules(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/src/') && url.pathname.endsWith('.js')) {
    const ts = url.pathname.replace(/\.js$/, '.ts');
    if (
      !existsSync(new URL(`../..${url.pathname}`, import.meta.url)) &&
      existsSync(new URL(`../..${ts}`, import.meta.url))
    )
      ctx.url = `${ts}${url.search}`;
  }
  return next();
}

/** `/api/generated-feed?size=N&seed=S[&format=hsds]`: a large realistic feed from the benchmark's seeded generator. */
export async function generatedFeed(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/api/generated-feed') return next();
  const { generateFeed, generateHsdsFeed } = await import('../../bench/generate.mjs');
  const size = Math.min(Number(url.searchParams.get('size') ?? 1000), 200_000);
  const seed = Number(url.searchParams.get('seed') ?? 42);
  const hsds = url.searchParams.get('format') === 'hsds';
  ctx.type = 'application/json';
  ctx.body = JSON.stringify((hsds ? generateHsdsFeed : generateFeed)(size, seed));
}

// ---- The fuzz suite's settings: FUZZ_SEED (a number, or "random") and FUZZ_RUNS from the environment.
/** @type {import('koa').Middleware} */
export async function fuzzConfig(ctx, next) {
  if (new URL(ctx.url, 'http://localhost').pathname !== '/api/fuzz-config') return next();
  const given = process.env.FUZZ_SEED;
  const seed =
    given === 'random'
      ? Math.floor(Math.random() * 2 ** 31)
      : Number(given ?? 20261201) || 20261201;
  ctx.type = 'application/json';
  const runs = Number(process.env.FUZZ_RUNS);
  ctx.body = JSON.stringify({ seed, runs: runs > 0 ? runs : null });
}

// ---- A page under the strictest Content-Security-Policy a careful site uses (README "Content-Security-Policy"):
// the drop-in with a large directory searched in its worker, and the sample directory for referrals and printing.
import { STRICT_CSP } from './csp.mjs';

export { STRICT_CSP };

/** @type {import('koa').Middleware} */
export async function strictCspPage(ctx, next) {
  if (new URL(ctx.url, 'http://localhost').pathname !== '/csp/finder.html') return next();
  // ?trusted-types=off: the same policy without Trusted Types (what the map needs).
  const withoutTrustedTypes =
    new URL(ctx.url, 'http://localhost').searchParams.get('trusted-types') === 'off';
  ctx.set(
    'Content-Security-Policy',
    withoutTrustedTypes
      ? STRICT_CSP.split('; ')
          .filter((d) => !/trusted-types/.test(d))
          .join('; ')
      : STRICT_CSP,
  );
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>resource-finder under a strict Content-Security-Policy</title>
<script type="module" src="/test/fixtures/csp-watch.js"></script>
<script type="module" src="/dist/resource-finder.min.js"></script>
</head>
<body>
<resource-finder id="large" src="/api/generated-feed?size=2000&amp;seed=5" worker-threshold="1000"></resource-finder>
<resource-finder id="sample" src="/demo/sample-feed.json" referral-endpoint="/api/referrals"></resource-finder>
<resource-finder id="mapped" src="/demo/sample-feed.json" map-tiles="/tiles/{z}/{x}/{y}.mvt" map-attribution="Natural Earth"></resource-finder>
</body>
</html>
`;
}

// ---- The demo map's tiles (scripts/demo-tiles.mjs), from the test server itself, as a host serves its own.
/** @type {import('koa').Middleware} */
export async function tileRoutes(ctx, next) {
  const { demoTile, tilePath } = await import('../../scripts/demo-tiles.mjs');
  const tile = tilePath(new URL(ctx.url, 'http://localhost').pathname);
  if (!tile) return next();
  const body = demoTile(...tile);
  if (!body) return next();
  ctx.type = 'application/vnd.mapbox-vector-tile';
  ctx.body = body;
}
