// npm run bench:relevance: how well each engine answers what people type, on judged queries over the sample directory
// and San Mateo County's real directory (../shared/data). Judgments are rules in bench/relevance/queries.json, applied
// to the data: grade 2 answers the need, grade 1 is related, the rest 0. They were written before any tuning; the
// queries marked `held` are reported apart and are never used to tune.
//
// Metrics, per kind of query and overall:
// - S@5: the share of queries with a grade-2 answer in the first five results;
// - nDCG@10: graded gain (2^grade - 1) discounted by rank, over the ideal order of every judged resource;
// - MRR: the mean of 1 / rank of the first grade-2 answer (0 when none is in the first 100).
// Engines: this engine (the drop-in's WordIndexEngine), MiniSearch 7.2 and tuned fuse.js 7.5, fed the same text (every
// searchable field, category names in every language included).
//
// `--server` adds the directory server (server/: each corpus imported into an embedded PostgreSQL of its own, every
// query a GET /services over HTTP), whose search should be at least as good as the page's.
//
// Options: --engine ours|minisearch|fuse|server (one only)  --kind lay  --corpus sample  --show (each query's top 5)
//          --dev (only the queries used while building: what to look at while tuning)
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FIELD_WEIGHTS,
  FIELDS,
  fold,
  parseFeedText,
  searchableFields,
  WordIndexEngine,
} from '../dist/core/index.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const show = process.argv.includes('--show');

const CORPORA = {
  sample: new URL('../demo/sample-feed.json', import.meta.url),
  sanmateo: new URL('../../shared/data/hsds-3.0-san-mateo/services.json', import.meta.url),
};
// The engines are fed the same fields, with the same weights.
const WEIGHTS = FIELD_WEIGHTS;

async function load(corpus) {
  const text = await readFile(CORPORA[corpus], 'utf8');
  const read = parseFeedText(text, 'auto', { timeZone: 'UTC' });
  if (!read.ok) throw new Error(`${corpus}: ${read.error.message}`);
  return {
    resources: read.resources,
    taxonomy: read.meta.taxonomy,
    file: fileURLToPath(CORPORA[corpus]),
  };
}

/** What the server engine leaves running, stopped at the end. */
const running = [];

/** Whether a resource meets a selector of the judgments. */
function meets(resource, selector) {
  if (!selector) return false;
  if (selector.ids?.includes(resource.id)) return true;
  const categories = resource.categories ?? [];
  for (const wanted of selector.cat ?? []) {
    for (const c of categories) {
      if (c === wanted || c.startsWith(`${wanted} > `) || c.split(' > ').includes(wanted))
        return true;
    }
  }
  const who = fold(`${resource.organization ?? ''} ${resource.name}`);
  return (selector.org ?? []).some((words) => who.includes(fold(words)));
}

function grades(resources, query) {
  const out = new Map();
  for (const r of resources) {
    const grade = meets(r, query['2']) ? 2 : meets(r, query['1']) ? 1 : 0;
    if (grade) out.set(r.id, grade);
  }
  return out;
}

function metrics(ranked, judged) {
  const top = ranked.slice(0, 100);
  const success = top.slice(0, 5).some((id) => judged.get(id) === 2) ? 1 : 0;
  const first = top.findIndex((id) => judged.get(id) === 2);
  const rr = first < 0 ? 0 : 1 / (first + 1);
  const gain = (g) => 2 ** g - 1;
  const dcg = top
    .slice(0, 10)
    .reduce((sum, id, i) => sum + gain(judged.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...judged.values()]
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return { success, ndcg: ideal ? dcg / ideal : 0, rr };
}

/** The engines, each built over one corpus. */
const ENGINES = {
  ours: ({ resources, taxonomy }) => {
    const engine = new WordIndexEngine(resources, taxonomy ? { taxonomy } : {});
    return (q) => engine.searchSync(q).map((h) => h.resource.id);
  },
  minisearch: ({ resources, taxonomy }) => {
    const mini = new MiniSearch({
      fields: FIELDS,
      storeFields: [],
      processTerm: (term) => fold(term) || null,
      searchOptions: { boost: WEIGHTS, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
    });
    mini.addAll(
      resources.map((r, i) => {
        const fields = searchableFields(r, taxonomy);
        return { id: i, ...Object.fromEntries(FIELDS.map((f) => [f, fields[f].join(' ')])) };
      }),
    );
    return (q) => mini.search(q).map((hit) => resources[hit.id].id);
  },
  fuse: ({ resources, taxonomy }) => {
    const docs = resources.map((r) => {
      const fields = searchableFields(r, taxonomy);
      return Object.fromEntries(FIELDS.map((f) => [f, fold(fields[f].join(' '))]));
    });
    const fuse = new Fuse(docs, {
      keys: FIELDS.map((name) => ({ name, weight: WEIGHTS[name] })),
      threshold: 0.35,
      ignoreLocation: true,
      includeScore: true,
    });
    return (q) => fuse.search(fold(q)).map((hit) => resources[hit.refIndex].id);
  },
  server: async ({ file }) => {
    const { createApi, importFeed, openDatabase } = await import('../server/dist/index.js');
    const dataDir = await mkdtemp(join(tmpdir(), 'rf-relevance-'));
    const db = await openDatabase({ dataDir });
    await importFeed(db, file);
    const api = createApi(db, { cacheSeconds: 0 });
    // Searched as the server runs once started: with its search index read.
    await api.indexed();
    await new Promise((done) => api.server.listen(0, '127.0.0.1', done));
    running.push(async () => {
      await new Promise((done) => api.server.close(done));
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    });
    const base = `http://127.0.0.1:${api.server.address().port}`;
    // The first 100, as the other engines are measured.
    return async (q) => {
      const answer = await fetch(
        `${base}/services?search=${encodeURIComponent(q)}&per_page=100&minimal=true`,
      );
      return (await answer.json()).contents.map((s) => s.id);
    };
  },
};

const { queries } = JSON.parse(
  await readFile(new URL('./relevance/queries.json', import.meta.url), 'utf8'),
);
const kindFilter = arg('kind');
const corpusFilter = arg('corpus');
const dev = process.argv.includes('--dev');
const chosen = queries.filter(
  (q) =>
    (!kindFilter || q.kind === kindFilter) &&
    (!corpusFilter || q.corpus === corpusFilter) &&
    !(dev && q.held),
);
const engines = arg('engine')
  ? [arg('engine')]
  : ['ours', 'minisearch', 'fuse', ...(process.argv.includes('--server') ? ['server'] : [])];
const corpora = {};
for (const name of new Set(chosen.map((q) => q.corpus))) corpora[name] = await load(name);

const rows = [];
for (const engineName of engines) {
  const searchers = {};
  for (const [name, corpus] of Object.entries(corpora))
    searchers[name] = await ENGINES[engineName](corpus);
  for (const query of chosen) {
    const judged = grades(corpora[query.corpus].resources, query);
    if (![...judged.values()].includes(2)) throw new Error(`no grade-2 answer for "${query.q}"`);
    const ranked = await searchers[query.corpus](query.q);
    const m = metrics(ranked, judged);
    rows.push({ engine: engineName, ...query, ...m });
    if (show && engineName === engines[0]) {
      const names = new Map(corpora[query.corpus].resources.map((r) => [r.id, r.name]));
      const top = ranked
        .slice(0, 5)
        .map((id) => `${judged.get(id) ?? 0} ${names.get(id)}`)
        .join(' | ');
      console.log(`${m.success ? '✓' : '✗'} [${query.kind}] ${query.q} → ${top}`);
    }
  }
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const cell = (list) =>
  list.length
    ? `${mean(list.map((r) => r.success)).toFixed(2)} · ${mean(list.map((r) => r.ndcg)).toFixed(2)} · ${mean(list.map((r) => r.rr)).toFixed(2)}`
    : '–';
const kinds = ['lay', 'category', 'typo', 'language', 'org'];
for (const [title, part] of [
  ['Queries used while building (S@5 · nDCG@10 · MRR)', (r) => !r.held],
  ['Held-back queries, measured only at the end', (r) => r.held],
]) {
  const mine = rows.filter(part);
  const count = new Set(mine.map((r) => `${r.corpus}:${r.q}`)).size;
  console.log(`\n${title}: ${count} queries`);
  console.log(`| engine | all | ${kinds.join(' | ')} |`);
  console.log(`| --- | --- | ${kinds.map(() => '---').join(' | ')} |`);
  for (const engine of engines) {
    const of = mine.filter((r) => r.engine === engine);
    console.log(
      `| ${engine} | ${cell(of)} | ${kinds.map((k) => cell(of.filter((r) => r.kind === k))).join(' | ')} |`,
    );
  }
}
for (const stop of running) await stop();
