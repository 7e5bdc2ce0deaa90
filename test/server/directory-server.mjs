// A real directory server for the browser tests: an embedded PostgreSQL in a temporary folder with the demo's sample
// directory imported, the API of server/ on a free port, and the test server forwarding /directory-api/* to it (same
// origin for the page). /directory-api/slow/* answers a search that starts with "food" 1.5 s late, so that a test can
// show that a late answer to an older query is never shown. /directory-api/plain/* is the same directory served as
// plain HSDS 3.0 (no extension), as another HSDS API would; /directory-api/flaky/* answers 503, as a gateway whose
// server is down does, to any search for "boom".
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, importFeed, openDatabase } from '../../server/dist/index.js';

const SAMPLE = fileURLToPath(new URL('../../demo/sample-feed.json', import.meta.url));
let running;

/** The web-test-runner plugin that starts and stops the directory server with the test server. */
export const directoryServer = {
  name: 'directory-server',
  async serverStart() {
    const dataDir = await mkdtemp(join(tmpdir(), 'rf-wtr-directory-'));
    const db = await openDatabase({ dataDir });
    await importFeed(db, SAMPLE);
    const api = createApi(db);
    const plain = createApi(db, { extension: false });
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
  const m = /^\/directory-api\/(slow\/|plain\/|flaky\/)?(.*)$/.exec(ctx.url);
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
  const response = await fetch(`${base}${path}`, {
    headers: { Accept: 'application/json' },
  });
  ctx.status = response.status;
  ctx.type = response.headers.get('content-type') ?? 'application/json';
  ctx.body = Buffer.from(await response.arrayBuffer());
}
