import { expect } from '@open-wc/testing';
import { generateFeed, keystrokes, querySet } from '../../bench/generate.mjs';
import { createSearchEngine } from '../../src/core/edge/create-engine.js';
import { parseFeed } from '../../src/core/feed/records.js';
import { loadFeed } from '../../src/core/edge/load-feed.js';
import type { Resource } from '../../src/core/feed/schema.js';
import { WordIndexEngine, type SearchHit } from '../../src/core/search/word-index.js';
import { WorkerSearchEngine } from '../../src/core/edge/worker-engine.js';

const plainHits = (hits: SearchHit[]) =>
  hits.map((h) => ({ id: h.resource.id, score: h.score, terms: [...h.terms].sort() }));

describe('search in a Web Worker', () => {
  let resources: Resource[];
  let queries: string[];

  before(() => {
    const feed = generateFeed(3000, 5);
    resources = parseFeed(feed).resources;
    queries = querySet(feed, 40, 9).flatMap((q) => keystrokes(q.text));
    expect(resources).to.have.length(3000);
  });

  it('gives exactly the results of the in-thread engine: same resources, order, scores and words', async () => {
    const inThread = new WordIndexEngine(resources);
    const worker = new WorkerSearchEngine(resources);
    await worker.ready;
    expect(worker.inWorker, 'runs in a worker').to.equal(true);
    let compared = 0;
    for (const q of [...queries, 'food', 'hébergement', 'hebergement', 'legal aid', 'x', '']) {
      const a = plainHits(inThread.searchSync(q));
      const b = plainHits(await worker.search(q));
      expect(b, q).to.deep.equal(a);
      compared += a.length;
    }
    expect(compared).to.be.greaterThan(10_000);
    worker.dispose();
  });

  it('is what createSearchEngine builds from the threshold up, and not below', async () => {
    const above = createSearchEngine(resources, { workerThreshold: 3000 });
    const below = createSearchEngine(resources, { workerThreshold: 3001 });
    expect(above).to.be.instanceOf(WorkerSearchEngine);
    expect(below).to.be.instanceOf(WordIndexEngine);
    await above.ready;
    expect((await above.search('food bank')).map((h) => h.resource.id)).to.deep.equal(
      (await below.search('food bank')).map((h) => h.resource.id),
    );
    above.dispose?.();
  });

  it('sends only the newest of the queries typed while one runs; the ones it replaced are aborted', async () => {
    const engine = new WorkerSearchEngine(resources);
    await engine.ready;
    const typed = ['f', 'fo', 'foo', 'food'];
    const outcomes = await Promise.allSettled(typed.map((q) => engine.search(q)));
    // The first went at once; the next two were replaced before the worker was free; the last was answered.
    expect(outcomes.map((o) => o.status)).to.deep.equal([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason.name).to.equal('AbortError');
    const expected = new WordIndexEngine(resources).searchSync('food');
    const last = (outcomes[3] as PromiseFulfilledResult<SearchHit[]>).value;
    expect(plainHits(last)).to.deep.equal(plainHits(expected));
    engine.dispose();
  });

  it('searches in the page, with the same results, when the worker cannot start', async () => {
    const engine = new WorkerSearchEngine(resources, {
      // A real worker whose script does not exist: it fails the way a blocked or missing worker does.
      startWorker: () => new Worker('/no-such-worker.js', { type: 'module' }),
    });
    await engine.ready;
    expect(engine.inWorker).to.equal(false);
    expect(plainHits(await engine.search('legal aid'))).to.deep.equal(
      plainHits(new WordIndexEngine(resources).searchSync('legal aid')),
    );
  });

  it('rejects the queries still waiting when disposed', async () => {
    const engine = new WorkerSearchEngine(resources);
    await engine.ready;
    const pending = engine.search('shelter');
    engine.dispose();
    const error = await pending.then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.name).to.equal('AbortError');
  });
});

describe('loading a large feed as it arrives', () => {
  it('gives the same result as the whole document read at once', async () => {
    const big = await loadFeed('/api/generated-feed?size=3000&seed=6');
    const reference = parseFeed(await (await fetch('/api/generated-feed?size=3000&seed=6')).json());
    expect(big.ok).to.equal(true);
    if (!big.ok) return;
    expect(big.resources).to.deep.equal(reference.resources);
    expect(big.problems).to.deep.equal(reference.problems);
  });
});
