import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { createSearchEngine, parseFeed } from '/work/main/dist/core/index.js';
import { generateFeed, querySet } from '/work/main/bench/generate.mjs';
const size = Number(process.argv[2] ?? 10000);
const M = Number(process.argv[3] ?? 64);
const feed = generateFeed(size);
const { resources } = parseFeed(JSON.parse(JSON.stringify(feed)));
const qs = querySet(feed, 64);
const engine = createSearchEngine(resources);
const KEYS = ['name', 'categories', 'tags', 'organization', 'description'];
const OPTS = { keys: KEYS, ignoreLocation: true, ignoreDiacritics: true };
const tuned = new Fuse(resources, OPTS);
const stat = {};
let eq = 0,
  t0 = 0;
for (const q of qs) {
  const hits = await engine.search(q.text);
  const t = performance.now();
  const head = hits.slice(0, M).map((h) => h.resource);
  const f = new Fuse(head, OPTS).search(q.text).map((h) => h.item.id);
  t0 += performance.now() - t;
  const rer = [
    ...f,
    ...hits
      .slice(0, M)
      .map((h) => h.resource.id)
      .filter((id) => !f.includes(id)),
  ].slice(0, 10);
  const full = tuned
    .search(q.text)
    .slice(0, 10)
    .map((h) => h.item.id);
  stat[q.kind] ??= [0, 0, 0];
  stat[q.kind][0] += rer.includes(q.target);
  stat[q.kind][1] += full.includes(q.target);
  stat[q.kind][2]++;
  eq += JSON.stringify(rer) === JSON.stringify(full);
}
console.log(M, stat, 'equal top10', eq, 'rerank ms avg', (t0 / qs.length).toFixed(2));
