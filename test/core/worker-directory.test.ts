/**
 * The directory a worker owns answers exactly as the directory in the page: the same pages of results (order,
 * scores, matched words), totals and facet counts, for the same views, over a real served HSDS feed.
 */
import { expect } from '@open-wc/testing';
import { loadWorkerDirectory, WorkerDirectory } from '../../src/core/edge/worker-directory.js';
import { loadPageDirectory } from '../../src/core/edge/page-directory.js';
import { DEFAULT_VIEW, type View, type ViewAnswer } from '../../src/core/view/view.js';
import type { Directory, DirectoryLoad } from '../../src/core/view/directory.js';

const FEED = '/api/generated-feed?size=3000&seed=11&format=hsds';

const plain = (answer: ViewAnswer) => ({
  hits: answer.hits.map((h) => ({
    id: h.resource.id,
    name: h.resource.name,
    score: h.score,
    terms: [...h.terms].sort(),
  })),
  total: answer.total,
  facets: answer.facets,
});

const loaded = (load: DirectoryLoad | undefined): Directory => {
  if (!load?.ok) throw new Error(`not loaded: ${JSON.stringify(load)}`);
  return load.directory;
};

describe('the directory in a worker and the directory in the page', () => {
  let inWorker: Directory;
  let inPage: Directory;
  before(async () => {
    inWorker = loaded(await loadWorkerDirectory(FEED, { workerThreshold: 0, timeZone: 'UTC' }));
    inPage = loaded(
      await loadPageDirectory({ url: FEED }, { workerThreshold: Infinity, timeZone: 'UTC' }),
    );
    await inWorker.ready;
  });
  after(() => {
    inWorker.dispose();
    inPage.dispose();
  });

  it('hold the same directory, one in a worker', () => {
    expect(inWorker).to.be.instanceOf(WorkerDirectory);
    expect(inWorker.size).to.equal(3000);
    expect(inPage.size).to.equal(3000);
  });

  const views: Array<[string, Partial<View>]> = [
    ['browsing', {}],
    ['a query', { query: 'food bank' }],
    ['a mistyped query', { query: 'shelte nigt' }],
    ['a query without accents', { query: 'fundacion' }],
    ['a filter', { filters: { categories: ['Food'] } }],
    ['a query and two filters', { query: 'free', filters: { languages: ['fr'], cost: ['free'] } }],
    ['sorted by name, in French', { sort: 'name', lang: 'fr', shown: 40 }],
    ['near a position, within a radius', { origin: { lat: 48.85, lng: 2.35 }, radius: 3000 }],
    ['sorted by distance', { query: 'legal', origin: { lat: 40.7, lng: -74 }, sort: 'distance' }],
    ['a second page', { query: 'support', shown: 60 }],
  ];
  for (const [name, patch] of views) {
    it(`give the same page, total and facets for ${name}`, async () => {
      const view = { ...DEFAULT_VIEW, ...patch };
      const [a, b] = await Promise.all([inWorker.answer(view), inPage.answer(view)]);
      expect(plain(a)).to.deep.equal(plain(b));
      expect(a.hits.map((h) => h.resource)).to.deep.equal(b.hits.map((h) => h.resource));
    });
  }

  it('look up the same resources', async () => {
    const ids = ['r5', 'r2999', 'nope', 'r0'];
    expect(await inWorker.lookup(ids)).to.deep.equal(await inPage.lookup(ids));
  });

  it('answer only the newest of views asked faster than the worker answers', async () => {
    const asked = ['f', 'fo', 'foo', 'food'].map((query) =>
      inWorker.answer({ ...DEFAULT_VIEW, query }).then(
        (answer) => ({ query, answer }),
        (e: Error) => ({ query, error: e.name }),
      ),
    );
    const outcomes = await Promise.all(asked);
    // The first was sent at once; the ones typed over while it ran were replaced by the newest.
    expect(outcomes.map((o) => ('error' in o ? o.error : o.query))).to.deep.equal([
      'f',
      'AbortError',
      'AbortError',
      'food',
    ]);
  });
});

describe('a small feed loaded by a worker', () => {
  it('moves to the page once loaded (below the worker threshold)', async () => {
    const load = await loadWorkerDirectory('/api/generated-feed?size=300&seed=2&format=hsds', {
      workerThreshold: 1000,
    });
    const directory = loaded(load);
    expect(directory).not.to.be.instanceOf(WorkerDirectory);
    expect(directory.size).to.equal(300);
    const answer = await directory.answer({ ...DEFAULT_VIEW, query: 'food' });
    expect(answer.total).to.be.greaterThan(0);
    directory.dispose();
  });
});
