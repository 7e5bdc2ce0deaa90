import Fuse from 'fuse.js';
import { createSearchEngine, parseFeed } from '/work/main/dist/core/index.js';
import { generateFeed, querySet } from '/work/main/bench/generate.mjs';
const size = Number(process.argv[2] ?? 10000);
const feed = generateFeed(size);
const { resources } = parseFeed(JSON.parse(JSON.stringify(feed)));
const qs = querySet(feed, 64);
const engine = createSearchEngine(resources);
const KEYS = ['name', 'categories', 'tags', 'organization', 'description'];
const tuned = new Fuse(resources, { keys: KEYS, ignoreLocation: true, ignoreDiacritics: true });
const plain = new Fuse(resources, { keys: KEYS });
const stat = {};
let agree1 = 0,
  overlap = 0;
for (const q of qs) {
  const o = (await engine.search(q.text)).slice(0, 10).map((h) => h.resource.id);
  const t = tuned
    .search(q.text)
    .slice(0, 10)
    .map((h) => h.item.id);
  const p = plain
    .search(q.text)
    .slice(0, 10)
    .map((h) => h.item.id);
  stat[q.kind] ??= [0, 0, 0, 0];
  stat[q.kind][0] += o.includes(q.target);
  stat[q.kind][1] += t.includes(q.target);
  stat[q.kind][2] += p.includes(q.target);
  stat[q.kind][3]++;
  agree1 += o[0] === t[0];
  overlap += o.filter((x) => t.includes(x)).length / 10;
}
console.log(
  stat,
  'top1 agree ours/tuned',
  agree1,
  'avg top10 overlap',
  (overlap / qs.length).toFixed(2),
);
