// npm run bench: feed validation, index build, heap and per-keystroke search latency for our engine and, in the
// same run, for plain `new Fuse(records, { keys })` and tuned fuse.js (location ignored, diacritics folded), at 1k,
// 10k, 50k and 100k resources; then the drop-in bundle in Chromium (bench/browser.mjs): the worker's answer per
// keystroke and main-thread long tasks while a visitor types.
// Not a test: machines are noisy, so compare the ratio within one run and quote medians of several runs.
//
// Options: --sizes 1000,10000  --queries 64  --baseline-queries 12 (queries for the baselines above 10k)
//          --browser-sizes 2000,10000,100000 (or none)  --browser-formats native,hsds  --browser-runs 3 (medians)
//          --throttle 1.6 (each feed also over a link of that many Mbps)
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { createSearchEngine, parseFeed } from '../dist/core/index.js';
import { benchFeeds, browserBench, medianRows, printBrowserRows } from './browser.mjs';
import { generateFeed, keystrokes, querySet } from './generate.mjs';
import { median, ms, quantile } from './stats.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,50000,100000').split(',').map(Number);
const queryCount = Number(arg('queries', 64));
const baselineQueriesLarge = Number(arg('baseline-queries', 12));
const browserSizes = arg('browser-sizes', '10000,50000,100000');
const browserFormats = arg('browser-formats', 'native,hsds').split(',');

const gc = () => globalThis.gc?.();
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;
const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
};

async function measure(search, queries) {
  const latencies = [];
  let hits = 0;
  const byKind = {};
  for (const q of queries) {
    let last = [];
    for (const typed of keystrokes(q.text)) {
      const [t, results] = await time(() => search(typed));
      latencies.push(t);
      last = results;
    }
    const found = last.slice(0, 10).some((id) => id === q.target);
    hits += found ? 1 : 0;
    byKind[q.kind] ??= [0, 0];
    byKind[q.kind][0] += found ? 1 : 0;
    byKind[q.kind][1] += 1;
  }
  return {
    median: median(latencies),
    p95: quantile(latencies, 0.95),
    top10: hits / queries.length,
    byKind,
    n: latencies.length,
  };
}

const KEYS = ['name', 'categories', 'tags', 'organization', 'description'];
const rows = [];
console.log(
  `node ${process.version}, ${queryCount} queries (exact, prefix, typo, accent, multi-word), 3 keystrokes each`,
);
console.log(gc ? '' : '(run with --expose-gc for steadier heap figures)');

for (const size of sizes) {
  const feed = generateFeed(size);
  const raw = JSON.parse(JSON.stringify(feed)); // what a fetch would give
  const runs = size <= 10000 ? 5 : 1;
  const validations = [];
  let parsed;
  for (let i = 0; i < runs; i++) {
    const copy = i === 0 ? raw : JSON.parse(JSON.stringify(feed));
    gc();
    const [t, result] = await time(() => parseFeed(copy));
    validations.push(t);
    parsed = result;
  }
  const validateMs = median(validations);
  if (parsed.problems.length)
    throw new Error(`generator made invalid records: ${JSON.stringify(parsed.problems[0])}`);
  const queries = querySet(feed, queryCount);

  gc();
  let heap0 = heapMB();
  const [firstBuildMs, engine] = await time(() => createSearchEngine(parsed.resources));
  gc();
  const heap = heapMB() - heap0;
  // Like validation: the median of several builds up to 10k (the first one also warms the JIT up).
  const builds = [firstBuildMs];
  for (let i = 1; i < runs; i++)
    builds.push((await time(() => createSearchEngine(parsed.resources)))[0]);
  const buildMs = median(builds);
  const ours = await measure(
    async (q) => (await engine.search(q)).map((h) => h.resource.id),
    queries,
  );

  const baseQueries = size > 10000 ? queries.slice(0, baselineQueriesLarge) : queries;
  gc();
  heap0 = heapMB();
  const [baseBuildMs, fuse] = await time(() => new Fuse(parsed.resources, { keys: KEYS }));
  gc();
  const baseHeap = heapMB() - heap0;
  const base = await measure((q) => fuse.search(q).map((h) => h.item.id), baseQueries);
  const tunedFuse = new Fuse(parsed.resources, {
    keys: KEYS,
    ignoreLocation: true,
    ignoreDiacritics: true,
  });
  const tuned = await measure((q) => tunedFuse.search(q).map((h) => h.item.id), baseQueries);
  // Our engine on the same subset, for a like-for-like top-10 comparison when the baselines ran fewer queries.
  const oursSubset =
    baseQueries === queries
      ? ours
      : await measure(async (q) => (await engine.search(q)).map((h) => h.resource.id), baseQueries);

  rows.push({
    size,
    validateMs,
    buildMs,
    heap,
    ours,
    oursSubset,
    baseBuildMs,
    baseHeap,
    base,
    tuned,
    baseN: baseQueries.length,
  });
  console.log(`${size}: done`);
}

console.log(
  '\nPer keystroke (ms): median / p95.  top10 = share of queries whose intended record is in the first 10.\n',
);
const header = [
  'size',
  'validate',
  'ours build',
  'ours heap MB',
  'ours median',
  'ours p95',
  'fuse median',
  'fuse p95',
  'tuned median',
  'tuned p95',
  'p95 vs fuse',
  'p95 vs tuned',
  'top10 ours/fuse/tuned (n)',
];
const pct = (x) => `${(x * 100).toFixed(0)}%`;
const table = rows.map((r) => [
  r.size.toLocaleString('en'),
  ms(r.validateMs),
  ms(r.buildMs),
  r.heap.toFixed(1),
  ms(r.ours.median),
  ms(r.ours.p95),
  ms(r.base.median),
  ms(r.base.p95),
  ms(r.tuned.median),
  ms(r.tuned.p95),
  `${(r.base.p95 / r.ours.p95).toFixed(0)}x`,
  `${(r.tuned.p95 / r.ours.p95).toFixed(0)}x`,
  `${pct(r.oursSubset.top10)}/${pct(r.base.top10)}/${pct(r.tuned.top10)} (${r.baseN})`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(line(header));
for (const row of table) console.log(line(row));

console.log(
  "\ntop-10 hits by query kind (ours | plain fuse | tuned fuse), on the baselines' queries:",
);
for (const r of rows) {
  const kinds = Object.keys(r.oursSubset.byKind)
    .map((k) => {
      const [h, n] = r.oursSubset.byKind[k];
      const [bh] = r.base.byKind[k] ?? [0];
      const [th] = r.tuned.byKind[k] ?? [0];
      return `${k} ${h} | ${bh} | ${th} of ${n}`;
    })
    .join(', ');
  console.log(`  ${r.size.toLocaleString('en')}: ${kinds}`);
}

if (browserSizes !== 'none') {
  // Let the node half's 100k indexes go before Chromium measures: a busy collector here would show up as long
  // tasks there (two cores).
  gc();
  const feeds = benchFeeds(browserSizes.split(',').map(Number), browserFormats);
  const runs = [];
  for (let run = 0; run < Number(arg('browser-runs', 1)); run++)
    runs.push(await browserBench(feeds, { throttle: arg('throttle') }));
  printBrowserRows(
    medianRows(runs),
    `In Chromium (the drop-in and its worker)${runs.length > 1 ? `, medians of ${runs.length} runs` : ''}`,
  );
}
