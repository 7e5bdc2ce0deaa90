import Fuse from 'fuse.js';
import { createSearchEngine, parseFeed } from '/work/main/dist/core/index.js';
import { generateFeed, querySet } from '/work/main/bench/generate.mjs';
const size = Number(process.argv[2] ?? 2000);
const feed = generateFeed(size, 11);
const { resources } = parseFeed(JSON.parse(JSON.stringify(feed)));
const qs = querySet(feed, 64, 3);
const engine = createSearchEngine(resources);
const KEYS = ['name', 'categories', 'tags', 'organization', 'description'];
const plain = new Fuse(resources, { keys: KEYS });
const tuned = new Fuse(resources, { keys: KEYS, ignoreLocation: true, ignoreDiacritics: true });
let worse = 0;
for (const q of qs) {
  const o = (await engine.search(q.text)).map((h) => h.resource.id).indexOf(q.target);
  const p = plain
    .search(q.text)
    .map((h) => h.item.id)
    .indexOf(q.target);
  const t = tuned
    .search(q.text)
    .map((h) => h.item.id)
    .indexOf(q.target);
  const bad = (p >= 0 && p < 10 && (o < 0 || o > p)) || (t >= 0 && t < 10 && (o < 0 || o > t));
  if (bad) {
    worse++;
    console.log(q.kind, JSON.stringify(q.text), 'ours', o, 'plain', p, 'tuned', t);
  }
}
console.log('worse', worse, 'of', qs.length);
