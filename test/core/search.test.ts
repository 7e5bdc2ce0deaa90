import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed/records.js';
import type { Resource } from '../../src/core/feed/schema.js';
import { createSearchEngine } from '../../src/core/edge/create-engine.js';
import Fuse from 'fuse.js';
import { generateFeed, keystrokes, querySet, type GeneratedQuery } from '../../bench/generate.mjs';
import {
  queryTokens,
  searchDocument,
  WordIndex,
  type SearchEngine,
} from '../../src/core/search/word-index.js';
import { editDistance, variants } from '../../src/core/search/words.js';

async function engineFor(path: string): Promise<{ engine: SearchEngine; resources: Resource[] }> {
  const { resources } = parseFeed(await (await fetch(new URL(path, import.meta.url))).json());
  return { engine: createSearchEngine(resources), resources };
}

const ids = async (engine: SearchEngine, query: string, top = 3) =>
  (await engine.search(query)).slice(0, top).map((h) => h.resource.id);

describe('search engine', () => {
  let small: SearchEngine;
  let sample: SearchEngine;
  let sampleSize: number;

  before(async () => {
    small = (await engineFor('../fixtures/feed-small.json')).engine;
    const s = await engineFor('../../demo/sample-feed.json');
    sample = s.engine;
    sampleSize = s.resources.length;
  });

  it('browses everything, in feed order, with an empty query', async () => {
    const hits = await small.search('   ');
    expect(hits.map((h) => h.resource.id)).to.deep.equal([
      'heb-1',
      'soc-1',
      'shelter-1',
      'mh-1',
      'lgbt-1',
      'legal-1',
    ]);
    expect((await sample.search('')).length).to.equal(sampleSize);
  });

  it('ignores case and accents', async () => {
    expect(await ids(small, 'hebergement', 1)).to.deep.equal(['heb-1']);
    expect(await ids(small, 'HÉBERGEMENT', 1)).to.deep.equal(['heb-1']);
    expect(await ids(small, 'societa', 1)).to.deep.equal(['soc-1']);
  });

  it('tolerates typos', async () => {
    expect(await ids(small, 'sheltr', 1)).to.deep.equal(['shelter-1']);
    expect(await ids(small, 'mentl helth', 2)).to.have.members(['mh-1', 'lgbt-1']);
  });

  it('matches prefixes while the visitor types', async () => {
    for (const typed of ['heb', 'hebe', 'heberg', 'hébergem']) {
      expect(await ids(small, typed, 1), typed).to.deep.equal(['heb-1']);
    }
  });

  it('ranks resources that match every word first', async () => {
    expect(await ids(small, 'lgbt support group', 1)).to.deep.equal(['lgbt-1']);
    expect(await ids(small, 'legal aid', 1)).to.deep.equal(['legal-1']);
  });

  it('ranks a name match above a description match', async () => {
    // "shelter" is in shelter-1's name and in its description; "breakfast" only in a description.
    const hits = await small.search('shelter');
    expect(hits[0]!.resource.id).to.equal('shelter-1');
    const organizationOnly = await small.search('riverside');
    expect(organizationOnly[0]!.resource.id).to.equal('shelter-1');
  });

  it('returns the matched words for highlighting', async () => {
    const [hit] = await small.search('hebergement urgence');
    expect(hit!.terms).to.include.members(['hebergement', 'urgence']);
  });

  it('ignores stop words unless the query has nothing else', async () => {
    expect(queryTokens('support for the LGBT community')).to.deep.equal([
      'support',
      'lgbt',
      'community',
    ]);
    expect(queryTokens('the')).to.deep.equal(['the']);
  });

  it('finds nothing for nonsense', async () => {
    expect(await small.search('zzqxw')).to.deep.equal([]);
  });

  it('finds what visitors look for in the sample directory', async () => {
    expect(await ids(sample, 'hebergement urgence', 5)).to.include('mrs-accueil-urgence');
    expect(await ids(sample, 'reti di assistenza reciproca', 3)).to.include('mi-rete-mutuo');
    expect(await ids(sample, 'lgbt support group', 1)).to.deep.equal(['man-lgbt-foundation']);
    expect(await ids(sample, 'food bank manchester', 1)).to.deep.equal(['man-food-bank']);
    expect(await ids(sample, 'emergncy sheltr', 5)).to.include('man-night-shelter');
    expect(await ids(sample, 'salute mentale', 3)).to.include('mi-salute-mentale');
  });

  it('searches translations from the feed', async () => {
    expect(await ids(sample, 'community fridge', 1)).to.deep.equal(['mtl-entraide']);
    expect(await ids(sample, 'Indigenous day centre', 1)).to.deep.equal(['mtl-autochtones']);
  });
});

describe('search engine against plain fuse.js', () => {
  // A fixed corpus and query set: the benchmark's seeded generator (exact names, prefixes, typos, missing accents,
  // several words), 2,000 resources, 60 queries.
  let resources: Resource[];
  let queries: GeneratedQuery[];
  before(() => {
    const feed = generateFeed(2000, 11);
    resources = parseFeed(feed).resources;
    queries = querySet(feed, 60, 3);
  });

  it('matches mistyped words by edit distance (to the word or its singular): one edit from 4 letters, two from 8, never a part of a longer word', () => {
    const index = new WordIndex(resources.map((r) => searchDocument(r)));
    let checked = 0;
    for (const q of queries) {
      for (const typed of keystrokes(q.text, 12)) {
        for (const token of queryTokens(typed)) {
          for (const [word, similarity] of index.matchWord(token, false)) {
            if (similarity >= 0.9) continue; // the word itself or a plural
            const allowed = token.length < 4 ? 0 : token.length < 8 ? 1 : 2;
            // Counted to the word or to its singular: a mistyped singular finds the plural too.
            const distance = Math.min(
              ...[word, ...variants(word)].map((w) => editDistance(token, w, 3)),
            );
            expect(distance, `${token} → ${word}`).to.be.at.most(allowed);
            checked += 1;
          }
        }
      }
    }
    expect(checked).to.be.greaterThan(100);
  });

  it('has in its first ten every target plain fuse.js has in its first ten, and fuse.js’s first in its first three', async function () {
    this.timeout(60_000); // plain fuse.js is the slow part
    const engine = createSearchEngine(resources);
    const plain = new Fuse(resources, {
      keys: ['name', 'categories', 'tags', 'organization', 'description'],
    });
    let ours10 = 0;
    let fuse10 = 0;
    for (const q of queries) {
      const ourRank = (await engine.search(q.text)).findIndex((h) => h.resource.id === q.target);
      const fuseRank = plain.search(q.text).findIndex((h) => h.item.id === q.target);
      if (fuseRank >= 0 && fuseRank < 10) {
        fuse10 += 1;
        expect(ourRank, `${q.kind} "${q.text}"`).to.be.within(0, 9);
      }
      if (fuseRank === 0)
        expect(ourRank, `${q.kind} "${q.text}" is fuse.js's first`).to.be.below(3);
      if (ourRank >= 0 && ourRank < 10) ours10 += 1;
    }
    expect(ours10).to.be.at.least(fuse10);
  });
});
