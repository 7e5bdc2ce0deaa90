// The search index in the server's memory (search-index.ts, search-memory.ts) against PostgreSQL itself: its ranks are
// ts_rank's to the bit, and every search it answers is the search statement's answer: the same total, services in
// the same order, facets and correction, over queries and every kind of parameter.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DirectoryMeta, importFeed, searchServices, serviceQuery } from '../dist/index.js';
import { BASEL, SearchIndex, readVector } from '../dist/search-index.js';
import { arraysQuery, hasPair, pair, searchArrays } from '../dist/search-memory.js';
import { SearchThreads } from '../dist/search-threads.js';
import { WordTable } from '../dist/word-table.js';
import { hasPairOf, nameWords, pairNumbers } from '../dist/name-words.js';
import { SAMPLE, SAN_MATEO, serve, startDatabase } from './setup.mjs';
import { generateFeed, keystrokes, querySet } from '../../bench/generate.mjs';
import { writeHsdsFile } from '../../bench/hsds-file.mjs';

/** Every search's answer, as the API would give it. */
const summary = (page) => ({
  total: page.total,
  rows: page.rows,
  facets: page.facets,
  didYouMean: page.didYouMean,
});

/**
 * Searches `directory` three ways over every query and parameter: the statement, the index in this thread, the index
 * in search threads (several searches at once); returns how many answers found services.
 */
async function compare(db, queries, variants) {
  const meta = await DirectoryMeta.load(db.pool);
  const index = await SearchIndex.load(db.pool);
  const threads = new SearchThreads(2);
  const at = new Date('2026-12-02T10:30:00Z');
  let found = 0;
  try {
    for (const text of queries) {
      const queried = variants.map((variant) => ({
        variant,
        query: {
          ...serviceQuery(
            new URLSearchParams(`search=${encodeURIComponent(text)}${variant}`),
            'resource-finder',
          ),
          at,
        },
      }));
      const inThreads = await Promise.all(
        queried.map(({ query }) => searchServices(db.pool, meta, query, { index, threads })),
      );
      for (const [i, { variant, query }] of queried.entries()) {
        const statement = await searchServices(db.pool, meta, query);
        const indexed = await searchServices(db.pool, meta, query, { index });
        assert.deepEqual(summary(indexed), summary(statement), `"${text}" ${variant}`);
        assert.deepEqual(
          summary(inThreads[i]),
          summary(statement),
          `"${text}" ${variant}, threads`,
        );
        if (statement.total) found++;
      }
    }
  } finally {
    await threads.close();
  }
  return found;
}

/** Filter parameters from the directory's own facets: the two most common options of each group, alone and together. */
async function variants(db) {
  const meta = await DirectoryMeta.load(db.pool);
  const all = await searchServices(db.pool, meta, {
    ...serviceQuery(new URLSearchParams('facets=true'), 'resource-finder'),
    at: new Date('2026-12-02T10:30:00Z'),
  });
  const parameter = {
    categories: 'category',
    places: 'place',
    languages: 'language',
    audiences: 'audience',
    accessibility: 'accessibility',
  };
  const out = [
    '&facets=true',
    '&facets=true&free=true',
    '&facets=true&open_now=true',
    '&sort=name&per_page=7',
    '&sort=verified&page=2&per_page=5',
    '&page=3&per_page=4',
    '&minimum_age=18',
    '&maximum_age=12',
    '&modified_after=2000-01-01',
    '&modified_after=2100-01-01',
    '&taxonomy_id=another',
  ];
  const chosen = [];
  for (const [group, name] of Object.entries(parameter))
    for (const option of all.facets[group].slice(0, 2)) {
      const p = `&${name}=${encodeURIComponent(option.value)}`;
      out.push(`&facets=true${p}`);
      chosen.push(p);
    }
  out.push(`&facets=true${chosen[0]}${chosen[2]}&free=true&open_now=true`);
  out.push(`&facets=true${chosen[0]}${chosen[1]}${chosen[4] ?? ''}`);
  const first = (all.rows[0]?.resource.categories ?? [])[0];
  if (first) out.push(`&taxonomy_term_id=${encodeURIComponent(first.split(' > ')[0])}`);
  return out;
}

/** A database of `resources` imported from a feed file of their own; `close` removes both. */
async function startWith(title, resources) {
  const folder = await mkdtemp(join(tmpdir(), 'rf-feed-'));
  const file = join(folder, 'feed.json');
  await writeFile(file, JSON.stringify({ title, language: 'en', resources }));
  const directory = await startDatabase(file);
  return {
    ...directory,
    async close() {
      await directory.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

describe('the search index', () => {
  let directory;
  before(async () => {
    directory = await startDatabase();
  });
  after(async () => {
    await directory?.close();
  });

  it('ranks a service’s words as PostgreSQL’s ts_rank does, to the bit', async () => {
    const vectors = [
      "'food':1A,4 'bank':2A 'pantri':7C,9,12B",
      "'it''s':1A 'a\\\\b':2B 'café':3 'naïve':4C,5C,6C,7C,8C,9C,10C",
      "'x':5",
      "'refug':1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20A",
      "'abri':1B 'hébergement':3A,30B,31C 'nuit':2",
    ];
    let compared = 0;
    for (const vector of vectors) {
      const words = [];
      const length = readVector(vector, (lexeme, figure) => words.push({ lexeme, figure }));
      for (const { lexeme, figure } of words) {
        const { rows } = await directory.db.pool.query(
          `select ts_rank('{0.3,0.5,0.75,1}', $1::tsvector, $2::tsquery, 1)::text r`,
          [vector, `'${lexeme.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`],
        );
        const ours = Math.fround(
          Math.fround(0 + figure / BASEL) / (Math.log(length + 1) / Math.log(2)),
        );
        assert.equal(ours, Math.fround(Number(rows[0].r)), `${lexeme} in ${vector}`);
        compared++;
      }
    }
    assert.equal(compared, 12);
  });

  it('finds two words side by side in a name as PostgreSQL’s expression does', async () => {
    const names = [
      'legal aid society',
      'legal-aid',
      'paralegal aid',
      'legalese aid',
      'legal_aid',
      'the legal   aid',
      'legal aidan',
      'legal',
      'aid legal',
      'légal aid legal aid',
      'مساعدة legal / aid',
      '',
      'élegal aid',
      'légal aid, legal\u00a0aid',
      'legal – aid',
      'legal ٣aid',
      'لlegal aid',
      'legal\u0301 aid',
      '𝐀 legal aid',
      '𝐀legal aid',
    ];
    // The names' words numbered, as the index numbers them: the pair is then read in numbers.
    const list = [...new Set(names.flatMap((name) => nameWords(name) ?? []))].sort();
    const numbers = pairNumbers(list, 'legal', 'ai');
    let matches = 0;
    for (const name of names) {
      const units = Uint16Array.from({ length: name.length }, (_, i) => name.charCodeAt(i));
      const { rows } = await directory.db.pool.query(`select $1::text ~ $2 m`, [
        name,
        '\\mlegal\\W+ai',
      ]);
      assert.equal(hasPair(units, 0, units.length, pair('legal', 'ai')), rows[0].m, name);
      const words = nameWords(name);
      if (words) {
        const own = Int32Array.from(words, (w) => list.indexOf(w));
        assert.equal(hasPairOf(own, 0, own.length, numbers), rows[0].m, `${name}, in numbers`);
      }
      if (rows[0].m) matches++;
    }
    assert.equal(matches, 10);
    // A word with other characters than word characters is read in the names' letters.
    assert.equal(pairNumbers(list, 'legal', 'a-id'), undefined);
    assert.equal(pairNumbers(list, 'nowhere', 'aid').first, -1);
  });

  it('finds the words near a typo, and counts a prefix’s services, as pg_trgm and the statement do', async () => {
    const client = await directory.db.pool.connect();
    const near = `select w.word, w.documents from words w
      where w.word = $1 or (length($1) >= 3 and w.word % $1)
      order by w.word = $1 desc, similarity(w.word, $1) desc, w.documents desc, w.word collate "C" limit 16`;
    const asked = [
      'fod',
      'foood',
      'shelterr',
      'cafe',
      'coop',
      'ecole',
      'ab',
      'a',
      'zzzzzz',
      'xyz9',
    ];
    try {
      await client.query('begin');
      // Words of every kind beside the directory's: other scripts, capitals, a hyphen, digits.
      const extra = [
        'café',
        'ÉCOLE',
        'écoles',
        'co-op',
        'coop2',
        'f00d',
        'شلتر',
        'foodbank',
        'fooo',
      ];
      await client.query(
        `insert into words (word, documents) select w, 3 from unnest($1::text[]) w on conflict do nothing`,
        [extra],
      );
      const { rows } = await client.query(
        'select word from words order by documents desc limit 40',
      );
      // Each common word, with a letter dropped, doubled and changed.
      for (const { word } of rows)
        if (/^[a-z0-9]+$/.test(word) && word.length > 3)
          asked.push(word.slice(1), `${word}${word.at(-1)}`, `${word.slice(0, -1)}x`, word);
      for (const threshold of ['0.3', '0.5']) {
        await client.query(`set local pg_trgm.similarity_threshold = ${threshold}`);
        const table = await WordTable.read(client);
        assert.ok(table.size > 100);
        let corrected = 0;
        for (const word of asked) {
          const theirs = (await client.query(near, [word])).rows;
          assert.ok(table.answers(word), word);
          const mine = table.near(word, 16).map(({ word, documents }) => ({ word, documents }));
          assert.deepEqual(mine, theirs, `${word} at ${threshold}`);
          if (theirs.some((r) => r.word !== word)) corrected++;
        }
        assert.ok(corrected > 20, `${corrected} words with near words`);
        for (const prefix of ['f', 'fo', 'sh', 'co', 'ec', 'zz', 'z', '0']) {
          const { rows: sum } = await client.query(
            `select coalesce(sum(documents), 0)::int n from words where word like $1 || '%'`,
            [prefix],
          );
          assert.equal(table.prefixDocuments(prefix), sum[0].n, prefix);
        }
      }
      // A word of other letters is left to PostgreSQL.
      assert.ok(!(await WordTable.read(client)).answers('café'));
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('answers every search as the statement does, on the sample directory', async () => {
    const queries = [
      '',
      'food',
      'foo',
      'she',
      'shelterz',
      'emergency shelter food legal',
      'hebergement',
      'hébergement d’urgence',
      'I need food for my kids',
      'I want to kill myself',
      'suicide prevention',
      'legal aid',
      'peninsula family',
      'dentist',
      'zzzzqqq',
      'comida ',
    ];
    const found = await compare(directory.db, queries, await variants(directory.db));
    assert.ok(found > 150, `${found} answers found services`);
  });

  it('answers every search as the statement does, on an HSDS directory', async () => {
    const hsds = await startDatabase(SAN_MATEO);
    try {
      const queries = [
        '',
        'food',
        'mental health',
        'housing assistance',
        'counsel',
        'youht',
        'senior',
      ];
      const found = await compare(hsds.db, queries, await variants(hsds.db));
      assert.ok(found > 40, `${found} answers found services`);
    } finally {
      await hsds.close();
    }
  });

  it('answers as the statement does when its figures, lengths and facet keys take two bytes each', async () => {
    // A word repeated from 1 to 101 times (PostgreSQL keeps 256 positions of a word), also in the name, the tags or the
    // organization's name (other figures), other words 0 to 300 times (other lengths), and a town of its own for each
    // service (other facet keys): more than 256 of each, which a byte cannot number.
    const resources = Array.from({ length: 400 }, (_, i) => ({
      id: `wide-${i}`,
      name: `${i % 3 === 0 ? 'Help' : 'Wide'} service ${i}`,
      description: `${'help '.repeat(1 + (i % 101))}${'aid meal care rent '.repeat(Math.floor(i / 101) * 25)}`,
      ...(i % 3 === 1 ? { tags: ['help'] } : {}),
      organization: i % 3 === 2 ? 'Help network' : 'Wide network',
      categories: ['food'],
      address: { locality: `Town ${i}`, region: 'CA', country: 'US' },
    }));
    const wide = await startWith('Wide', resources);
    try {
      const index = await SearchIndex.load(wide.db.pool);
      assert.ok(index.figureShares.length > 256, `${index.figureShares.length} figures`);
      assert.ok(index.postingFigure instanceof Uint16Array);
      assert.ok(index.lengthNumber instanceof Uint16Array, `${index.lengthLogs.length} lengths`);
      assert.ok(index.facetIds instanceof Uint16Array, `${index.facetKeys.names.length} keys`);
      const found = await compare(
        wide.db,
        ['help', 'aid', 'hel', 'help aid', 'wide service 7'],
        await variants(wide.db),
      );
      assert.ok(found > 40, `${found} answers found services`);
    } finally {
      await wide.close();
    }
  });

  it('answers as the statement does whether the services only a need’s words reach can rank above the floor or not', async () => {
    // "starving" says the need for food, widened to "pantry", "meals"...: a short service named "Pantry" ranks above the
    // floor of the one service that says "starving", deep in a long text (the search is made again with the services
    // only a need's words reach); with "hungry families" they all rank far below it (left out, not visited).
    const filler = 'advice forms letters visits calls '.repeat(30);
    const resources = [
      { id: 'pantry', name: 'Pantry', description: 'Open on Mondays.' },
      { id: 'network', name: 'Hungry families network', description: 'Families helping families.' },
      { id: 'centre', name: 'Community centre', description: `${filler} Nobody leaves starving.` },
      { id: 'advice', name: 'Advice centre', description: `${filler} Hot meals on Fridays.` },
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `other-${i}`,
        name: `Families office ${i}`,
        description: `${filler} ${i % 2 ? 'A pantry shelf.' : 'Warm meals.'}`,
      })),
    ].map((r) => ({ ...r, categories: ['food'], address: { locality: 'Town', country: 'US' } }));
    const widened = await startWith('Widened', resources);
    try {
      const meta = await DirectoryMeta.load(widened.db.pool);
      const index = await SearchIndex.load(widened.db.pool);
      const ask = async (text) =>
        searchServices(
          widened.db.pool,
          meta,
          serviceQuery(new URLSearchParams(`search=${text}&per_page=50`), 'resource-finder'),
          { index },
        );
      const ids = (page) => page.rows.map((row) => row.resource.id);
      // Found by a word the need widens to, and not by the word typed.
      assert.ok(ids(await ask('starving')).includes('pantry'));
      assert.ok(
        !ids(await ask('hungry families')).some((id) => id === 'pantry' || id === 'advice'),
      );
      const found = await compare(
        widened.db,
        ['starving', 'hungry', 'hungry families', 'food', 'families hungry'],
        ['&facets=true', '&per_page=3', '&facets=true&sort=name'],
      );
      assert.ok(found >= 12, `${found} answers found services`);
    } finally {
      await widened.close();
    }
  });

  it('answers as the statement does over several blocks of services (40,000 generated HSDS services)', async () => {
    // A search works out 16,384 services at a time: here, three blocks, the last one short.
    const folder = await mkdtemp(join(tmpdir(), 'rf-blocks-'));
    const file = join(folder, 'services.json');
    await writeHsdsFile(40_000, file);
    const blocks = await startDatabase(file);
    try {
      const queries = [
        ...querySet(generateFeed(2_000), 10, 5).flatMap((q) => keystrokes(q.text, 2)),
        'food',
        'I need food for my kids',
        'housing help',
      ];
      const found = await compare(blocks.db, queries, [
        '&facets=true',
        '&page=2&per_page=10',
        '&facets=true&sort=name&free=true',
      ]);
      assert.ok(found > 40, `${found} answers found services`);
    } finally {
      await blocks.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('answers the same once its marks start again from 0 (after 65,535 concepts)', async () => {
    const index = await SearchIndex.load(directory.db.pool);
    // A concept of the words that begin with `prefix`: the first of them as typed, all of them as completions.
    const concept = (prefix, weight = 1) => {
      const [from, to] = index.completions(prefix);
      assert.ok(to > from, `words that begin with ${prefix}`);
      return {
        exact: [from],
        exactCount: 1,
        completions: [from, to],
        widened: [],
        widenedCount: 0,
        scale: 1,
        weight,
      };
    };
    const ask = (concepts) =>
      arraysQuery(index, {
        concepts,
        completed: 0.5,
        pairs: [],
        wanted: concepts.reduce((sum, c) => sum + c.weight, 0),
        filters: {},
        nothing: false,
        sort: 'relevance',
        offset: 0,
        limit: 10,
        facets: true,
      });
    const asked = [
      ask([concept('foo'), concept('she'), concept('f', 0.25)]),
      ask([concept('leg'), concept('a')]),
    ];
    const first = asked.map((query) => searchArrays(index, query));
    assert.ok(first.every((answer) => answer.total > 0 && answer.docs.length > 0));
    // Two searches in turn, of 3 and 2 concepts: 100,000 concepts in all.
    for (let i = 0; i < 40_000; i++)
      assert.deepEqual(searchArrays(index, asked[i % 2]), first[i % 2]);
  });

  it('answers in this thread the searches its threads were asked when they stop', async () => {
    const index = await SearchIndex.load(directory.db.pool);
    const threads = new SearchThreads(2);
    // Every service, by name, a page at a time, with its facets.
    const asked = Array.from({ length: 5 }, (_, page) =>
      arraysQuery(index, {
        concepts: [],
        completed: 0,
        pairs: [],
        wanted: 0,
        filters: page % 2 ? { cost: ['free'] } : {},
        nothing: false,
        sort: 'name',
        offset: page * 10,
        limit: 10,
        facets: true,
      }),
    );
    // Sent to threads that are still starting, and stopped at once.
    const answers = asked.map((query) => threads.search(index, query));
    await threads.close();
    for (const [i, answer] of (await Promise.all(answers)).entries()) {
      const here = searchArrays(index, asked[i]);
      assert.deepEqual(answer, here);
      assert.equal(answer.docs.length, 10);
    }
    // Closed, they search in this thread.
    assert.deepEqual(await threads.search(index, asked[0]), searchArrays(index, asked[0]));
  });

  it('answers in this thread a search still waiting when its index is read again', async () => {
    const before = await SearchIndex.load(directory.db.pool);
    const after = await SearchIndex.load(directory.db.pool);
    const threads = new SearchThreads(1);
    const asked = (index, page) =>
      arraysQuery(index, {
        concepts: [],
        completed: 0,
        pairs: [],
        wanted: 0,
        filters: {},
        nothing: false,
        sort: 'name',
        offset: page * 10,
        limit: 10,
        facets: true,
      });
    try {
      // The first is sent to the thread, the second waits for it; the third is of the index read since.
      const queries = [
        [before, asked(before, 0)],
        [before, asked(before, 1)],
        [after, asked(after, 2)],
      ];
      const answers = await Promise.all(
        queries.map(([index, query]) => threads.search(index, query)),
      );
      for (const [i, [index, query]] of queries.entries()) {
        assert.deepEqual(answers[i], searchArrays(index, query));
        assert.equal(answers[i].docs.length, 10);
      }
    } finally {
      await threads.close();
    }
  });

  it('is read at start and again after an import, and says so in the log', async () => {
    const lines = [];
    const http = await serve(directory.db, { cacheSeconds: 0, log: (line) => lines.push(line) });
    try {
      await http.api.indexed();
      assert.match(lines.join('\n'), /search index: 88 services/);
      const before = (await http.get('/services?search=food&facets=true')).body;
      assert.ok(before.total_items > 0);
      await importFeed(directory.db, SAMPLE);
      http.api.reload();
      await http.api.indexed();
      assert.equal(lines.filter((l) => l.startsWith('search index: 88 services')).length, 2);
      assert.deepEqual((await http.get('/services?search=food&facets=true')).body, before);
    } finally {
      await http.close();
    }
  });

  it('shows a service again as the last import has it: renamed, or gone', async () => {
    const http = await serve(directory.db, { cacheSeconds: 0 });
    const plain = await serve(directory.db, { cacheSeconds: 0, searchIndex: false });
    const folder = await mkdtemp(join(tmpdir(), 'rf-kept-'));
    const path = '/services?search=food&facets=true&records=true&per_page=5';
    const names = (body) => body.contents.map((s) => s.name);
    try {
      await http.api.indexed();
      const first = (await http.get(path)).body;
      // Shown again from the records kept with the index: the same answer, and the statement's.
      const again = await http.get(path);
      assert.deepEqual(again.body, first);
      assert.deepEqual(again.body, (await plain.get(path)).body);
      assert.equal(first.contents.length, 5);
      const [renamed, removed] = first.contents;

      const feed = JSON.parse(await readFile(SAMPLE, 'utf8'));
      const resources = feed.resources
        .filter((r) => r.id !== removed.id)
        .map((r) => (r.id === renamed.id ? { ...r, name: `${r.name} (Northside)` } : r));
      await writeFile(join(folder, 'changed.json'), JSON.stringify({ ...feed, resources }));
      await importFeed(directory.db, join(folder, 'changed.json'));
      http.api.reload();
      plain.api.reload();
      await http.api.indexed();
      const after = (await http.get(path)).body;
      assert.ok(names(after).includes(`${renamed.name} (Northside)`), names(after).join(', '));
      assert.ok(!names(after).includes(renamed.name));
      assert.ok(!after.contents.some((s) => s.id === removed.id));
      assert.equal(after.total_items, first.total_items - 1);
      assert.deepEqual(after, (await plain.get(path)).body);
    } finally {
      await http.close();
      await plain.close();
      await importFeed(directory.db, SAMPLE);
      await rm(folder, { recursive: true, force: true });
    }
  });
});
