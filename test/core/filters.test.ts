import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed/records.js';
import {
  activeFilters,
  applyFilters,
  categoryPaths,
  computeFacets,
  FacetIndex,
  FILTER_GROUPS,
  optionsOf,
  sortHits,
  toggleOption,
  type FilterGroup,
  type FilterState,
} from '../../src/core/filters/facets.js';
import type { Resource } from '../../src/core/feed/schema.js';
import { createSearchEngine } from '../../src/core/edge/create-engine.js';

// Monday 2026-11-23, 10:00 in Paris and London is 09:00 / 10:00 UTC; pick 09:30 UTC:
// Paris 10:30 (heb-1 closed: it opens 19:00), London 09:30 (shelter-1 open 24 h), Toronto 04:30 (legal-1 closed).
const NOW = new Date('2026-11-23T09:30:00Z');

describe('filters and facets', () => {
  let resources: Resource[];
  const ids = (items: Resource[]) => items.map((r) => r.id);

  before(async () => {
    resources = parseFeed(
      await (await fetch(new URL('../fixtures/feed-small.json', import.meta.url))).json(),
    ).resources;
  });

  it('expands category hierarchies', () => {
    expect(categoryPaths('Health > Mental health > Peer support')).to.deep.equal([
      'Health',
      'Health > Mental health',
      'Health > Mental health > Peer support',
    ]);
  });

  it('includes children when a parent category is selected', () => {
    expect(ids(applyFilters(resources, { categories: ['Health'] }, NOW))).to.deep.equal([
      'mh-1',
      'lgbt-1',
    ]);
    expect(
      ids(applyFilters(resources, { categories: ['Health > Mental health > Peer support'] }, NOW)),
    ).to.deep.equal(['mh-1']);
  });

  it('ORs options within a group and ANDs across groups', () => {
    expect(ids(applyFilters(resources, { languages: ['ar', 'es'] }, NOW))).to.deep.equal([
      'heb-1',
      'lgbt-1',
    ]);
    expect(
      ids(applyFilters(resources, { languages: ['ar', 'es'], cost: ['free'] }, NOW)),
    ).to.deep.equal(['heb-1']);
  });

  it('filters by each group', () => {
    expect(ids(applyFilters(resources, { audiences: ['homeless'] }, NOW))).to.deep.equal([
      'heb-1',
      'shelter-1',
    ]);
    expect(ids(applyFilters(resources, { accessibility: ['step-free'] }, NOW))).to.deep.equal([
      'mh-1',
      'lgbt-1',
    ]);
    expect(ids(applyFilters(resources, { delivery: ['online'] }, NOW))).to.deep.equal([
      'soc-1',
      'lgbt-1',
    ]);
    expect(ids(applyFilters(resources, { delivery: ['phone'] }, NOW))).to.deep.equal(['legal-1']);
    expect(ids(applyFilters(resources, { cost: ['free'] }, NOW))).to.deep.equal([
      'heb-1',
      'soc-1',
      'shelter-1',
      'mh-1',
      'legal-1',
    ]);
  });

  it('filters by open now, each resource in its own time zone', () => {
    expect(ids(applyFilters(resources, { open: ['now'] }, NOW))).to.deep.equal(['shelter-1']);
    // Monday 16:00 UTC: Toronto 11:00 (legal-1 open), Paris 17:00 (heb-1 still closed).
    expect(
      ids(applyFilters(resources, { open: ['now'] }, new Date('2026-11-23T16:00:00Z'))),
    ).to.deep.equal(['shelter-1', 'legal-1']);
    // Monday 19:30 UTC = 20:30 in Paris: the night shelter heb-1 is open.
    expect(
      ids(applyFilters(resources, { open: ['now'] }, new Date('2026-11-23T19:30:00Z'))),
    ).to.include('heb-1');
  });

  it('keeps language subtags: "en-GB" counts as English', () => {
    const extra = parseFeed([{ id: 'gb', name: 'GB', languages: ['en-GB'] }]).resources;
    expect(ids(applyFilters(extra, { languages: ['en'] }, NOW))).to.deep.equal(['gb']);
  });

  it('counts each option given the other groups’ selections, not its own', () => {
    const state: FilterState = { languages: ['es'] };
    const facets = computeFacets(resources, state, NOW);
    // The language group ignores its own selection: every language is counted over all six.
    const en = facets.languages.find((o) => o.value === 'en')!;
    expect(en).to.deep.include({ count: 4, selected: false });
    expect(facets.languages.find((o) => o.value === 'es')).to.deep.include({
      count: 1,
      selected: true,
    });
    // Other groups are counted within the selection (lgbt-1 only).
    expect(facets.cost).to.deep.equal([]);
    expect(facets.audiences.map((o) => [o.value, o.count])).to.deep.equal([
      ['lgbtq', 1],
      ['youth', 1],
    ]);
  });

  it('counts within the query’s results', async () => {
    const hits = await createSearchEngine(resources).search('manchester');
    const facets = computeFacets(hits, {}, NOW);
    expect(facets.cost).to.deep.equal([{ value: 'free', count: 3, depth: 0, selected: false }]);
  });

  it('lists categories with their hierarchy, parents first', () => {
    const facets = computeFacets(resources, {}, NOW);
    const health = facets.categories.filter((o) => o.value.startsWith('Health'));
    expect(health.map((o) => [o.value, o.count, o.depth])).to.deep.equal([
      ['Health', 2, 0],
      ['Health > Mental health', 2, 1],
      ['Health > Mental health > Peer support', 1, 2],
    ]);
  });

  it('keeps a selected option visible when nothing has it any more', () => {
    const facets = computeFacets(resources, { languages: ['de'] }, NOW);
    expect(facets.languages.find((o) => o.value === 'de')).to.deep.equal({
      value: 'de',
      count: 0,
      depth: 0,
      selected: true,
    });
  });

  it('toggles options and lists active filters for chips', () => {
    let state: FilterState = {};
    state = toggleOption(state, 'languages', 'fr');
    state = toggleOption(state, 'cost', 'free');
    state = toggleOption(state, 'languages', 'it');
    expect(activeFilters(state)).to.deep.equal([
      { group: 'languages', value: 'fr' },
      { group: 'languages', value: 'it' },
      { group: 'cost', value: 'free' },
    ]);
    state = toggleOption(state, 'languages', 'fr');
    state = toggleOption(state, 'languages', 'it');
    expect(state).to.deep.equal({ cost: ['free'] });
  });

  it('sorts by name and by most recently verified', () => {
    const hits = resources.map((resource) => ({ resource }));
    expect(sortHits(hits, 'name').map((h) => h.resource.id)).to.deep.equal([
      'legal-1',
      'mh-1',
      'heb-1',
      'shelter-1',
      'soc-1',
      'lgbt-1',
    ]);
    expect(sortHits(hits, 'verified').map((h) => h.resource.id)).to.deep.equal([
      'lgbt-1',
      'heb-1',
      'soc-1',
      'mh-1',
      'legal-1',
      'shelter-1',
    ]);
    expect(sortHits(hits, 'relevance')).to.deep.equal(hits);
  });
});

describe('FacetIndex on a large directory', () => {
  it('counts and filters exactly as resource-by-resource evaluation does, for any selection', async () => {
    const { generateFeed } = await import('../../bench/generate.mjs');
    const { resources } = parseFeed(generateFeed(4000, 12));
    const index = new FacetIndex(resources);
    const hits = await createSearchEngine(resources).search('food');
    const now = new Date('2026-11-24T10:30:00Z');
    // The reference: a plain loop over each resource's options, written independently of the index.
    const reference = (items: Resource[], state: FilterState) => {
      const passes = (r: Resource, skip?: FilterGroup) =>
        FILTER_GROUPS.every(
          (g) =>
            g === skip ||
            !state[g]?.length ||
            optionsOf(r, g, now).some((v) => state[g]!.includes(v)),
        );
      const counts: Record<string, Record<string, number>> = {};
      for (const g of FILTER_GROUPS) {
        counts[g] = {};
        for (const r of items)
          if (passes(r, g))
            for (const v of optionsOf(r, g, now)) counts[g]![v] = (counts[g]![v] ?? 0) + 1;
      }
      return { kept: items.filter((r) => passes(r)).map((r) => r.id), counts };
    };
    const states: FilterState[] = [
      {},
      { languages: ['fr'] },
      { languages: ['fr', 'it'], cost: ['free'] },
      { categories: ['Food'], open: ['now'] },
      { audiences: ['families'], accessibility: ['step-free'], delivery: ['online'] },
    ];
    for (const items of [resources, hits.map((h) => h.resource)]) {
      for (const state of states) {
        const want = reference(items, state);
        expect(
          index.filter(items, state, now).map((r) => r.id),
          JSON.stringify(state),
        ).to.deep.equal(want.kept);
        const facets = index.facets(items, state, now);
        for (const g of FILTER_GROUPS) {
          const got = Object.fromEntries(
            facets[g].filter((o) => o.count > 0).map((o) => [o.value, o.count]),
          );
          expect(got, `${g} ${JSON.stringify(state)}`).to.deep.equal(want.counts[g]);
        }
      }
    }
  });
});

describe('sortHits on many hits', () => {
  it('orders thousands of hits by name without case or accents, and keeps collation for fewer', async () => {
    const { generateFeed } = await import('../../bench/generate.mjs');
    const { resources } = parseFeed(generateFeed(6000, 13));
    const hits = resources.map((resource) => ({ resource }));
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const many = sortHits(hits, 'name').map((h) => fold(h.resource.name));
    expect(many).to.deep.equal([...many].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const collator = new Intl.Collator('fr', { sensitivity: 'base' });
    const few = sortHits(hits.slice(0, 500), 'name', 'fr').map((h) => h.resource.name);
    expect(few).to.deep.equal([...few].sort(collator.compare));
  });

  it('puts the most recently verified first and the never verified last, keeping feed order for ties', () => {
    const r = (id: string, lastVerified?: string) => ({
      resource: { id, name: id, ...(lastVerified ? { lastVerified } : {}) } as Resource,
    });
    const sorted = sortHits(
      [r('a'), r('b', '2024-01-01'), r('c', '2026-05-01'), r('d'), r('e', '2024-01-01')],
      'verified',
    );
    expect(sorted.map((h) => h.resource.id)).to.deep.equal(['c', 'b', 'e', 'a', 'd']);
  });
});
