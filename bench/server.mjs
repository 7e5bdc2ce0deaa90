// npm run bench:server: the directory server on this machine. For each size, a generated HSDS 3.0 directory (the
// shape of San Mateo's: organizations, locations, schedules, taxonomy terms) is written to a file, imported into a
// fresh embedded PostgreSQL, and searched over HTTP by concurrent clients (typo-tolerant search with facets, the
// queries of `npm run bench`: exact names, prefixes as typed, typos, missing accents, several words). The in-browser
// engine answers the same queries over the same services in this process, for comparison. The server is also asked
// a long tail of searches it has not seen, each once (their words, their pages), before the bench's searches.
//
// Options: --sizes 100000,1000000  --clients 8  --seconds 10  --runs 3 (medians of the runs' figures)
//   --browser-max 200000: the largest size the in-browser engine is built for (a million services' objects do not
//   fit in Node.js's default heap beside the server's index, nor in a visitor's browser, the reason for the server)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  FacetIndex,
  WordIndexEngine,
  answerView,
  DEFAULT_VIEW,
  parseFeedData,
} from 'resource-finder/core.js';
import { createApi, importFeed, openDatabase } from '../server/dist/index.js';
import { generateFeed, generateHsdsFeed, keystrokes, querySet } from './generate.mjs';
import { writeHsdsFile } from './hsds-file.mjs';
import { median, ms, quantile } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '100000').split(',').map(Number);
const clients = Number(arg('clients', 8));
const seconds = Number(arg('seconds', 10));
const runs = Number(arg('runs', 1));
const browserMax = Number(arg('browser-max', 200_000));

/** The searches a visitor makes: each query as typed (a third, two thirds, the whole). */
function searches(size, count = 64, seed = 3) {
  const queries = querySet(generateFeed(Math.min(size, 20_000)), count, seed);
  return queries.flatMap((q) => keystrokes(q.text, 3));
}

/**
 * Searches the clients send in turn, for `seconds`: the same searches again and again, or (`once`) each at most once,
 * as the long tail of what visitors type (nothing of a search seen before is reused then: neither its words' look-up
 * nor its page's services).
 */
async function load(base, texts, once = false) {
  const latencies = [];
  // A search the server cancels (SEARCH_TIMEOUT_MS) is answered 503: counted, with the time the visitor waited.
  let timedOut = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end && (!once || next < texts.length)) {
      const text = texts[next++ % texts.length];
      const started = performance.now();
      const response = await fetch(
        `${base}/services?search=${encodeURIComponent(text)}&facets=true&per_page=20`,
      );
      if (response.status === 503) timedOut++;
      else if (!response.ok) throw new Error(`${response.status} for ${text}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { latencies, perSecond: (latencies.length - timedOut) / elapsed, timedOut };
}

const rows = [];
for (const size of sizes) {
  const figures = [];
  for (let run = 0; run < runs; run++) {
    const folder = await mkdtemp(join(tmpdir(), 'rf-bench-server-'));
    const file = join(folder, 'services.json');
    await writeHsdsFile(size, file);
    // A folder of its own: as root, PostgreSQL runs as a user of its own, who must reach it.
    const dataDir = await mkdtemp(join(tmpdir(), 'rf-bench-db-'));
    const db = await openDatabase({ dataDir, poolSize: clients + 2 });
    try {
      let started = performance.now();
      const report = await importFeed(db, file);
      const importSeconds = (performance.now() - started) / 1000;
      console.error(`${size}: imported ${report.accepted} in ${importSeconds.toFixed(1)} s`);
      // Every search is worked out: the answer cache (which makes a repeated view cheap) is off. The server with its
      // search index (read after the import, apart from it), then without (every search one statement in
      // PostgreSQL, as before the index and while it is read): the same queries, the baseline in the same run.
      const texts = searches(size);
      const known = new Set(texts);
      const fresh = [...new Set(searches(size, 1500, 11))].filter((t) => !known.has(t));
      const serve = async (searchIndex) => {
        const api = createApi(db, { cacheSeconds: 0, searchIndex });
        started = performance.now();
        await api.indexed();
        const indexSeconds = (performance.now() - started) / 1000;
        if (searchIndex)
          console.error(`${size}: search index read in ${indexSeconds.toFixed(1)} s`);
        await new Promise((done) => api.server.listen(0, '127.0.0.1', done));
        const base = `http://127.0.0.1:${api.server.address().port}`;
        for (const text of texts.slice(0, 40))
          await (
            await fetch(`${base}/services?search=${encodeURIComponent(text)}&facets=true`)
          ).arrayBuffer();
        // Searches not seen before first (with the index), then the bench's searches again and again.
        const first = searchIndex ? await load(base, fresh, true) : undefined;
        const served = await load(base, texts);
        await new Promise((done) => api.server.close(done));
        return { ...served, indexSeconds, fresh: first };
      };
      const served = await serve(true);
      const statement = await serve(false);

      // The in-browser engine over the same services (generated again: the same for the same seed), one query at a
      // time.
      let buildSeconds = NaN;
      const local = [];
      if (size <= browserMax) {
        const { resources } = parseFeedData(generateHsdsFeed(size), 'hsds');
        started = performance.now();
        const engine = new WordIndexEngine(resources);
        const facets = new FacetIndex(resources);
        buildSeconds = (performance.now() - started) / 1000;
        const now = new Date();
        for (const text of texts) {
          const t = performance.now();
          answerView(facets, engine.searchSync(text), { ...DEFAULT_VIEW, query: text }, now);
          local.push(performance.now() - t);
        }
      }
      figures.push({
        accepted: report.accepted,
        importSeconds,
        indexSeconds: served.indexSeconds,
        p50: quantile(served.latencies, 0.5),
        p95: quantile(served.latencies, 0.95),
        perSecond: served.perSecond,
        freshP50: quantile(served.fresh.latencies, 0.5),
        freshP95: quantile(served.fresh.latencies, 0.95),
        freshPerSecond: served.fresh.perSecond,
        freshCount: served.fresh.latencies.length,
        timedOut: served.timedOut,
        requests: served.latencies.length,
        dbP50: quantile(statement.latencies, 0.5),
        dbP95: quantile(statement.latencies, 0.95),
        dbPerSecond: statement.perSecond,
        dbTimedOut: statement.timedOut,
        buildSeconds,
        localP50: quantile(local, 0.5),
        localP95: quantile(local, 0.95),
      });
    } finally {
      await db.close();
      await rm(folder, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  const m = (key) => median(figures.map((f) => f[key]));
  rows.push(
    `| ${size.toLocaleString('en')} | ${m('importSeconds').toFixed(1)} s | ${m('indexSeconds').toFixed(1)} s | ${ms(m('p50'))} ms | ${ms(m('p95'))} ms | ${m('perSecond').toFixed(0)} | ${m('timedOut')} | ${ms(m('freshP50'))} ms | ${ms(m('freshP95'))} ms | ${m('freshPerSecond').toFixed(0)} | ${ms(m('dbP50'))} ms | ${ms(m('dbP95'))} ms | ${m('dbPerSecond').toFixed(0)} | ${m('dbTimedOut')} | ${size <= browserMax ? `${m('buildSeconds').toFixed(1)} s | ${ms(m('localP50'))} ms | ${ms(m('localP95'))} ms` : `not built (above --browser-max) | | `} |`,
  );
  console.error(`${size}: ${JSON.stringify(figures)}`);
}
console.log(
  `\nDirectory server (embedded PostgreSQL 18, ${clients} concurrent clients for ${seconds} s, search with facets) and the in-browser engine in this process (index built once, one query at a time); medians of ${runs} run(s)\n`,
);
console.log(
  '| services | import | search index read | server p50 | server p95 | searches/s | timed out (503) | searches not repeated: p50 | p95 | searches/s | database only p50 | p95 | searches/s | timed out | in-browser index | in-browser p50 | in-browser p95 |',
);
console.log(
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const row of rows) console.log(row);
