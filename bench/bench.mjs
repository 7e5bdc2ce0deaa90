// npm run bench: feed validation, index build, heap and per-keystroke search latency for our engine and for a
// plain `new Fuse(records, { keys })` baseline in the same run, at 1k, 10k, 50k and 100k resources.
// Not a test: machines are noisy, so compare the ratio within one run and quote medians of several runs.
//
// Options: --sizes 1000,10000  --queries 64  --baseline-queries 16 (queries for the baseline above 10k)
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { createSearchEngine, parseFeed } from '../dist/core/index.js';
import { generateFeed, keystrokes, querySet } from './generate.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,50000,100000').split(',').map(Number);
const queryCount = Number(arg('queries', 64));
const baselineQueriesLarge = Number(arg('baseline-queries', 16));

const gc = () => globalThis.gc?.();
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
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
  gc();
  const [validateMs, parsed] = await time(() => parseFeed(raw));
  if (parsed.problems.length)
    throw new Error(`generator made invalid records: ${JSON.stringify(parsed.problems[0])}`);
  const queries = querySet(feed, queryCount);

  gc();
  let heap0 = heapMB();
  const [buildMs, engine] = await time(() => createSearchEngine(parsed.resources));
  gc();
  const heap = heapMB() - heap0;
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
  // Our engine on the same subset, for a like-for-like top-10 comparison when the baseline ran fewer queries.
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
  'ours top10',
  'fuse build',
  'fuse heap MB',
  'fuse median',
  'fuse p95',
  'fuse top10 (ours, same q)',
  'p95 ratio',
];
const table = rows.map((r) => [
  r.size.toLocaleString('en'),
  ms(r.validateMs),
  ms(r.buildMs),
  r.heap.toFixed(1),
  ms(r.ours.median),
  ms(r.ours.p95),
  `${(r.ours.top10 * 100).toFixed(0)}%`,
  ms(r.baseBuildMs),
  r.baseHeap.toFixed(1),
  ms(r.base.median),
  ms(r.base.p95),
  `${(r.base.top10 * 100).toFixed(0)}% (${(r.oursSubset.top10 * 100).toFixed(0)}%, n=${r.baseN})`,
  `${(r.base.p95 / r.ours.p95).toFixed(1)}x faster`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log(line(header));
for (const row of table) console.log(line(row));

console.log('\ntop-10 hits by query kind (ours | fuse):');
for (const r of rows) {
  const kinds = Object.keys(r.ours.byKind)
    .map((k) => {
      const [h, n] = r.ours.byKind[k];
      const [bh, bn] = r.base.byKind[k] ?? [0, 0];
      return `${k} ${h}/${n} | ${bh}/${bn}`;
    })
    .join(', ');
  console.log(`  ${r.size.toLocaleString('en')}: ${kinds}`);
}
