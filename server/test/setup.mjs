// A real directory for the server's tests: an embedded PostgreSQL in a temporary folder, the demo's sample directory
// imported, and the API listening on a free port. No mocks: requests go over HTTP to the server, which queries
// PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi, importFeed, openDatabase } from '../dist/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE = join(ROOT, 'demo/sample-feed.json');
export const SAN_MATEO = join(ROOT, 'test/fixtures/hsds/san-mateo-excerpt.json');

/** Opens a database of its own in a temporary folder, with `feed` imported. */
export async function startDatabase(feed = SAMPLE) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rf-server-test-'));
  const db = await openDatabase({ dataDir });
  const report = feed ? await importFeed(db, feed) : undefined;
  return {
    db,
    dataDir,
    report,
    async close() {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Serves the API over `db` on a free port. */
export async function serve(db, options = {}) {
  const api = createApi(db, options);
  await new Promise((done) => api.server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${api.server.address().port}`;
  return {
    api,
    base,
    /** GET `path` as JSON, with its status. */
    async get(path, headers = {}) {
      const response = await fetch(`${base}${path}`, { headers });
      const text = await response.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: response.status, headers: response.headers, body };
    },
    close: () => new Promise((done) => api.server.close(done)),
  };
}
