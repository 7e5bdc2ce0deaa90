// A real directory server for the browser tests: an embedded PostgreSQL in a temporary folder with the demo's sample
// directory imported, the API of server/ on a free port, and the test server forwarding /directory-api/* to it (same
// origin for the page). /directory-api/slow/* answers a search that starts with "food" 1.5 s late, so that a test can
// show that a late answer to an older query is never shown. /directory-api/plain/* is the same directory served as
// plain HSDS 3.0 (no extension), as another HSDS API would; /directory-api/flaky/* answers 503, as a gateway whose
// server is down does, to any search for "boom". POSTs (problem reports) are forwarded with their headers;
// /directory-api/faulty/reports passes the first attempt of each key to the server, which stores it, then drops the
// connection before the answer, as a network that fails on the way back does. The maintainer's token for GET /reports
// is REPORTS_TOKEN below.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, importFeed, openDatabase } from '../../server/dist/index.js';

const SAMPLE = fileURLToPath(new URL('../../demo/sample-feed.json', import.meta.url));
let running;
/** The maintainer's token of the test server's reports. */
export const REPORTS_TOKEN = 'test-maintainer-token-5b2e';
/** POST attempts per Idempotency-Key seen by /directory-api/faulty/. */
const faultyAttempts = new Map();

/** The web-test-runner plugin that starts and stops the directory server with the test server. */
export const directoryServer = {
  name: 'directory-server',
  async serverStart() {
    const dataDir = await mkdtemp(join(tmpdir(), 'rf-wtr-directory-'));
    const db = await openDatabase({ dataDir });
    await importFeed(db, SAMPLE);
    const api = createApi(db, { reportsToken: REPORTS_TOKEN });
    const plain = createApi(db, { extension: false });
    // The finder is tested against the server as it runs once started: with its search index read.
    await Promise.all([api.indexed(), plain.indexed()]);
    for (const server of [api.server, plain.server])
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
    running = {
      db,
      servers: [api.server, plain.server],
      dataDir,
      base: `http://127.0.0.1:${api.server.address().port}`,
      plain: `http://127.0.0.1:${plain.server.address().port}`,
    };
  },
  async serverStop() {
    if (!running) return;
    for (const server of running.servers) await new Promise((done) => server.close(done));
    await running.db.close();
    await rm(running.dataDir, { recursive: true, force: true });
  },
};

/** @type {import('koa').Middleware} */
export async function directoryApi(ctx, next) {
  const m = /^\/directory-api\/(slow\/|plain\/|flaky\/|faulty\/)?(.*)$/.exec(ctx.url);
  if (!m) return next();
  const path = `/${m[2]}`;
  const base = m[1] === 'plain/' ? running.plain : running.base;
  const search = new URL(path, 'http://localhost').searchParams.get('search') ?? '';
  if (m[1] === 'flaky/' && /boom/.test(search)) {
    ctx.status = 503;
    ctx.type = 'text/html';
    ctx.body = '<h1>503 Service Unavailable</h1>';
    return;
  }
  if (m[1] === 'slow/') {
    const search = new URL(path, 'http://localhost').searchParams.get('search') ?? '';
    if (/^food/i.test(search)) await new Promise((done) => setTimeout(done, 1500));
  }
  const post = ctx.method === 'POST';
  const headers = { Accept: 'application/json' };
  for (const name of ['content-type', 'idempotency-key', 'authorization'])
    if (ctx.get(name)) headers[name] = ctx.get(name);
  const body = post ? await readBody(ctx.req) : undefined;
  const response = await fetch(`${base}${path}`, { method: ctx.method, headers, body });
  const answer = Buffer.from(await response.arrayBuffer());
  const key = ctx.get('idempotency-key');
  if (post && m[1] === 'faulty/' && key) {
    const attempt = (faultyAttempts.get(key) ?? 0) + 1;
    faultyAttempts.set(key, attempt);
    if (attempt === 1) {
      // Stored by the server; the answer never reaches the browser.
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
  }
  ctx.status = response.status;
  ctx.type = response.headers.get('content-type') ?? 'application/json';
  const replayed = response.headers.get('idempotent-replayed');
  if (replayed) ctx.set('Idempotent-Replayed', replayed);
  ctx.body = answer;
}

/** The request's body as text. */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
