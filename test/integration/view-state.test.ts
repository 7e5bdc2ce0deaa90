/**
 * The finder's view is one state: whatever sets it (the visitor, code, the URL), the results, counts, interface,
 * URL and events follow within one update.
 */
import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder, RfSearchEvent } from '../../src/index.js';
import { $, $$, checkbox, filtersOf, seen, settled, shownNames } from '../helpers.js';

const LYON = { lat: 45.76, lng: 4.84 };
const records = [
  {
    id: 'zeta',
    name: 'Zeta Food Bank',
    categories: ['Food'],
    coordinates: { lat: 45.761, lng: 4.835 },
  },
  {
    id: 'alpha',
    name: 'Alpha Legal Clinic',
    categories: ['Legal aid'],
    coordinates: { lat: 48.85, lng: 2.35 },
    translations: { fr: { name: 'Clinique juridique Alpha' } },
  },
  {
    id: 'welcome',
    name: 'Welcome Centre for Asylum Seekers',
    categories: ['Legal aid'],
    coordinates: { lat: 45.75, lng: 4.85 },
    translations: { fr: { name: 'Accueil des demandeurs d’asile' } },
  },
  { id: 'van', name: 'Mobile Food Van', categories: ['Food'] },
];

/** Text a sighted visitor reads at `selector` in an element's shadow root. */
const seenAt = (el: Element, selector: string): string => seen($(el, selector));

describe('<resource-finder> view state set by code', () => {
  let el: ResourceFinder;
  let searches: RfSearchEvent['detail'][];

  beforeEach(async () => {
    history.replaceState(null, '', location.pathname);
    el = await mount<ResourceFinder>(
      html`<resource-finder sync-url .resources=${records}></resource-finder>`,
    );
    await settled(el);
    searches = [];
    el.addEventListener('rf-search', (e) => searches.push(e.detail));
  });

  afterEach(() => history.replaceState(null, '', location.pathname));

  /** Sets properties by code, as a host page would, and waits for what is shown to follow. */
  async function change(patch: Partial<ResourceFinder>): Promise<void> {
    Object.assign(el, patch);
    await settled(el);
  }

  it('follows `query`: results, count, search box, URL and rf-search', async () => {
    await change({ query: 'legal' });
    expect(shownNames(el)).to.have.members([
      'Alpha Legal Clinic',
      'Welcome Centre for Asylum Seekers',
    ]);
    expect(seenAt($(el, 'rf-results'), '.count')).to.equal('2 resources');
    expect($<HTMLInputElement>($(el, 'rf-search-box'), 'input').value).to.equal('legal');
    expect(new URLSearchParams(location.search).get('rf-q')).to.equal('legal');
    expect(searches).to.deep.equal([{ query: 'legal', filters: {}, total: 2 }]);
  });

  it('follows `filters`: results, facet checkboxes, URL and rf-search', async () => {
    await change({ filters: { categories: ['Food'] } });
    expect(shownNames(el)).to.deep.equal(['Zeta Food Bank', 'Mobile Food Van']);
    expect(seenAt($(el, 'rf-results'), '.count')).to.equal('2 resources');
    await ($(el, 'rf-filters') as HTMLElement & { updateComplete: Promise<boolean> })
      .updateComplete;
    expect(checkbox(filtersOf(el), 'Food').checked).to.equal(true);
    expect(new URLSearchParams(location.search).getAll('rf-categories')).to.deep.equal(['Food']);
    expect(searches.map((s) => s.total)).to.deep.equal([2]);
  });

  it('follows `sort`: the order and the sort control', async () => {
    await change({ sort: 'name' });
    expect(shownNames(el)).to.deep.equal([
      'Alpha Legal Clinic',
      'Mobile Food Van',
      'Welcome Centre for Asylum Seekers',
      'Zeta Food Bank',
    ]);
    expect($<HTMLSelectElement>($(el, 'rf-results'), 'select').value).to.equal('name');
    expect(new URLSearchParams(location.search).get('rf-sort')).to.equal('name');
  });

  it('follows `lang`: the interface and the order by name are in the new language at once', async () => {
    await change({ sort: 'name' });
    await change({ lang: 'fr' });
    expect(seenAt($(el, 'rf-results'), '#results-heading')).to.equal('Résultats');
    expect(seenAt($(el, 'rf-results'), '.count')).to.equal('4 ressources');
    // Sorted by the names the visitor reads: their French translations.
    expect(shownNames(el)).to.deep.equal([
      'Accueil des demandeurs d’asile',
      'Clinique juridique Alpha',
      'Mobile Food Van',
      'Zeta Food Bank',
    ]);
    expect($<HTMLInputElement>($(el, 'rf-search-box'), 'input').labels![0]!.innerText).not.to.equal(
      '',
    );
    await change({ lang: 'en' });
    expect(seenAt($(el, 'rf-results'), '#results-heading')).to.equal('Results');
  });

  it('follows `origin` and `radius`: distance order, nearby results and the radius control', async () => {
    await change({ origin: LYON });
    const sortOptions = $$<HTMLOptionElement>($(el, 'rf-results'), 'select option').map(
      (o) => o.value,
    );
    expect(sortOptions).to.include('distance');
    await change({ sort: 'distance' });
    expect(shownNames(el).slice(0, 3)).to.deep.equal([
      'Zeta Food Bank',
      'Welcome Centre for Asylum Seekers',
      'Alpha Legal Clinic',
    ]);
    await change({ radius: 5 });
    // Within 5 km of Lyon, and the van, whose position nobody knows.
    expect(shownNames(el)).to.deep.equal([
      'Zeta Food Bank',
      'Welcome Centre for Asylum Seekers',
      'Mobile Food Van',
    ]);
    expect(seenAt($(el, 'rf-results'), '.count')).to.equal('3 resources');
    const nearMe = $(el, 'rf-near-me') as HTMLElement & { updateComplete: Promise<boolean> };
    await nearMe.updateComplete;
    expect($<HTMLSelectElement>(nearMe, '.radius select').value).to.equal('5');
    // The position itself never goes into the URL.
    expect(location.search).not.to.match(/45\.76|lat|lng/);
  });
});

describe('<resource-finder> lifecycle', () => {
  it('does not check and index again when a host hands it a new array of the same records', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${records}></resource-finder>`,
    );
    await settled(el);
    const directory = el.directory;
    let loads = 0;
    el.addEventListener('rf-feed-load', () => (loads += 1));
    // A framework rendering again with an inline array: new array, new objects, same records.
    for (let i = 0; i < 5; i++) {
      el.resources = structuredClone(records);
      await settled(el);
    }
    expect(loads).to.equal(0);
    expect(el.directory).to.equal(directory);
    // A real change loads.
    const loaded = oneEvent(el, 'rf-feed-load');
    el.resources = records.slice(0, 2);
    expect((await loaded).detail.accepted).to.equal(2);
    expect(el.directory).not.to.equal(directory);
  });

  it('keeps its directory and view when moved in the page, and loads again when it comes back later', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${records}></resource-finder>`,
    );
    await settled(el);
    el.query = 'food';
    await settled(el);
    const directory = el.directory;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // moved: disconnected and connected at once
    await settled(el);
    expect(el.directory).to.equal(directory);
    expect(shownNames(el)).to.have.members(['Zeta Food Bank', 'Mobile Food Van']);

    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.directory).to.equal(undefined); // its search index was let go
    const loaded = oneEvent(el, 'rf-feed-load');
    elsewhere.append(el);
    await loaded;
    await settled(el);
    expect(el.query).to.equal('food');
    expect(shownNames(el)).to.have.members(['Zeta Food Bank', 'Mobile Food Van']);
    elsewhere.remove();
  });
});
