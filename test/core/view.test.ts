import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed/records.js';
import { FacetIndex } from '../../src/core/filters/facets.js';
import { WordIndexEngine } from '../../src/core/search/word-index.js';
import { ViewStore } from '../../src/core/view/store.js';
import { answerView, DEFAULT_VIEW, type View } from '../../src/core/view/view.js';

const { resources } = parseFeed({
  resources: [
    { id: 'b', name: 'Beta Food Bank', categories: ['Food'], cost: { free: true } },
    { id: 'a', name: 'Alpha Food Pantry', categories: ['Food'] },
    { id: 'c', name: 'Gamma Legal Aid', categories: ['Legal aid'], cost: { free: true } },
    { id: 'w', name: 'Welcome Centre', translations: { fr: { name: 'Accueil' } } },
  ],
});
const index = new FacetIndex(resources);
const engine = new WordIndexEngine(resources);
const now = new Date('2026-06-01T12:00:00Z');
const answer = async (view: Partial<View>) => {
  const v = { ...DEFAULT_VIEW, ...view };
  return answerView(index, await engine.search(v.query), v, now);
};

describe('answerView', () => {
  it('filters, counts, sorts and cuts to the results shown', async () => {
    const out = await answer({ query: 'food', sort: 'name', shown: 1 });
    expect(out.total).to.equal(2);
    expect(out.hits.map((h) => h.resource.id)).to.deep.equal(['a']);
    const food = out.facets.categories.find((o) => o.value === 'Food');
    expect(food?.count).to.equal(2);
  });

  it('applies filters and keeps facet counts for the other groups', async () => {
    const out = await answer({ filters: { cost: ['free'] } });
    expect(out.hits.map((h) => h.resource.id)).to.have.members(['b', 'c']);
    expect(out.total).to.equal(2);
  });

  it('sorts by the name the visitor reads, in their language', async () => {
    const en = await answer({ sort: 'name' });
    expect(en.hits.map((h) => h.resource.id)).to.deep.equal(['a', 'b', 'c', 'w']);
    const fr = await answer({ sort: 'name', lang: 'fr' });
    expect(fr.hits.map((h) => h.resource.id)).to.deep.equal(['w', 'a', 'b', 'c']);
  });
});

describe('ViewStore', () => {
  it('changes through update(), tells listeners what changed and who changed it, and ignores no-ops', () => {
    const store = new ViewStore();
    const heard: Array<{ keys: string[]; cause: string }> = [];
    store.subscribe((_v, { keys, cause }) => heard.push({ keys: [...keys], cause }));
    expect(store.update({ query: 'food' }, 'visitor')).to.equal(true);
    expect(store.update({ query: 'food' })).to.equal(false);
    expect(store.update({ filters: {} })).to.equal(false);
    store.update({ filters: { categories: ['Food'] }, sort: 'name' });
    expect(heard).to.deep.equal([
      { keys: ['query'], cause: 'visitor' },
      { keys: ['filters', 'sort'], cause: 'code' },
    ]);
    expect(store.view.query).to.equal('food');
  });

  it('falls back from distance to relevance when the position is forgotten', () => {
    const store = new ViewStore();
    store.update({ origin: { lat: 1, lng: 2 }, sort: 'distance' });
    expect(store.view.sort).to.equal('distance');
    store.update({ origin: undefined });
    expect(store.view.sort).to.equal('relevance');
    expect(store.view.origin).to.equal(undefined);
  });
});
