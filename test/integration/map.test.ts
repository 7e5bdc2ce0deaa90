// The map of results, with tiles the host serves itself (the test server's /tiles/, made from Natural Earth): loaded
// when the visitor opens it, every request to the host, markers for the results shown (never a confidential place),
// in step with the list both ways, by keyboard and by name.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResourceFinder } from '../../src/index.js';
import { mapPoints } from '../../src/core/map/points.js';
import { withinArea, type Area } from '../../src/core/filters/distance.js';
import type { Resource } from '../../src/core/feed/schema.js';
import {
  $,
  $$,
  accessibleNames,
  checkbox,
  deepActiveElement,
  seen,
  settled,
  shownNames,
} from '../helpers.js';

const TILES = '/tiles/{z}/{x}/{y}.mvt';
/** Four places about a kilometre apart in Lyon, one confidential shelter, one service with no place. */
const FEED = [
  {
    id: 'a',
    name: 'Banque alimentaire Croix-Rousse',
    categories: ['Food'],
    coordinates: { lat: 45.7772, lng: 4.8302 },
  },
  {
    id: 'b',
    name: 'Épicerie solidaire Part-Dieu',
    categories: ['Food'],
    coordinates: { lat: 45.7606, lng: 4.8597 },
  },
  {
    id: 'c',
    name: 'Permanence juridique Bellecour',
    categories: ['Legal aid'],
    coordinates: { lat: 45.7578, lng: 4.832 },
  },
  {
    id: 'd',
    name: 'Accueil de jour Guillotière',
    categories: ['Shelter'],
    coordinates: { lat: 45.7531, lng: 4.8423 },
  },
  {
    id: 'e',
    name: 'Refuge confidentiel',
    categories: ['Shelter'],
    confidential: true,
    coordinates: { lat: 45.765, lng: 4.845 },
  },
  { id: 'f', name: 'Ligne d’écoute', categories: ['Hotlines'] },
];

// Room for every file of the page in its resource timings (the test page loads hundreds of modules).
performance.setResourceTimingBufferSize(100_000);

/** The finder's resources that the test's browser fetched, by path. */
const fetched = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => pattern.test(u.pathname));

async function finder(tiles = true): Promise<ResourceFinder> {
  const el = await mount<ResourceFinder>(
    tiles
      ? html`<resource-finder
          map-tiles=${TILES}
          map-attribution="Natural Earth"
          map-max-zoom="8"
          .resources=${FEED}
        ></resource-finder>`
      : html`<resource-finder .resources=${FEED}></resource-finder>`,
  );
  await settled(el);
  return el;
}

/** The names in the results, once each card is drawn (an empty list while one is still drawing). */
const names = (el: ResourceFinder): string[] => {
  try {
    return shownNames(el);
  } catch {
    return [];
  }
};

const mapButton = (el: Element) =>
  $$(el, 'button').find((b) => seen(b) === 'Map') as HTMLButtonElement | undefined;

/** The map's markers, once drawn: their accessible names (aria-label) and whether each is the chosen one. */
async function markers(el: Element): Promise<Array<{ name: string; pressed: boolean }>> {
  // The map's code is fetched when it is opened: on a busy machine (CI runs the test files side by side) that can
  // take more than waitUntil's default second, as its tiles can.
  await waitUntil(() => el.shadowRoot?.querySelector('rf-map')?.shadowRoot, 'no map', {
    timeout: 8000,
  });
  const root = $(el, 'rf-map').shadowRoot!;
  await waitUntil(() => root.querySelector('.rf-pin, .rf-cluster'), 'no markers', {
    timeout: 8000,
  });
  return [...root.querySelectorAll<HTMLElement>('.rf-pin')].map((m) => ({
    name: m.getAttribute('aria-label') ?? '',
    pressed: m.getAttribute('aria-pressed') === 'true',
  }));
}

const openCards = (el: Element) =>
  $$($(el, 'rf-results'), 'rf-resource-card')
    .filter((c) => $(c, '[part="toggle"]').getAttribute('aria-expanded') === 'true')
    .map((c) => seen($(c, 'h3')));

describe('the map of results', () => {
  it('never shows a confidential place, nor a resource without one', () => {
    const points = mapPoints(FEED as unknown as Resource[], 'en');
    expect(points.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('with no tiles configured, offers no map and asks for nothing', async () => {
    const el = await finder(false);
    expect(mapButton(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('rf-map')).to.equal(null);
    expect(fetched(/\/tiles\//)).to.deep.equal([]);
  });

  it('loads only when opened, asks the host alone, and marks the results with a place', async () => {
    const before = fetched(/leaflet|protomaps|\/tiles\/|rf-map/).length;
    const el = await finder();
    const button = mapButton(el)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Nothing of the map before the visitor asks for it.
    expect(fetched(/leaflet|protomaps|\/tiles\/|rf-map/).length).to.equal(before);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const shown = await markers(el);
    expect(shown.map((m) => m.name).sort()).to.deep.equal([
      'Accueil de jour Guillotière',
      'Banque alimentaire Croix-Rousse',
      'Permanence juridique Bellecour',
      'Épicerie solidaire Part-Dieu',
    ]);
    await waitUntil(() => fetched(/\/tiles\//).length > 0, 'no tile asked for');
    // Every request of the page went to the host.
    const origins = new Set(
      performance.getEntriesByType('resource').map((e) => new URL(e.name).origin),
    );
    expect([...origins]).to.deep.equal([location.origin]);
    // The map is a named region; its attribution is shown; its zoom buttons are named.
    expect(await accessibleNames('region')).to.include('Map of the results');
    const map = $(el, 'rf-map');
    expect(seen($(map, '.leaflet-control-attribution'))).to.equal('Natural Earth');
    expect(await accessibleNames('button')).to.include.members(['Zoom in', 'Zoom out']);
    await expect(el).to.be.accessible();
  });

  it('follows the filters and the search: markers for the results', async () => {
    const el = await finder();
    mapButton(el)!.click();
    await markers(el);
    // A category chosen in the filters.
    checkbox($(el, 'rf-filters'), 'Legal aid').click();
    await settled(el);
    await waitUntil(
      async () => (await markers(el)).length === 1,
      'markers did not follow the filter',
    );
    expect((await markers(el)).map((m) => m.name)).to.deep.equal([
      'Permanence juridique Bellecour',
    ]);
    checkbox($(el, 'rf-filters'), 'Legal aid').click();
    await settled(el);
    await waitUntil(async () => (await markers(el)).length === 4, 'markers did not come back');
    el.query = 'food';
    await settled(el);
    await waitUntil(
      async () => (await markers(el)).length === 2,
      'markers did not follow the search',
    );
    expect((await markers(el)).map((m) => m.name).sort()).to.deep.equal([
      'Banque alimentaire Croix-Rousse',
      'Épicerie solidaire Part-Dieu',
    ]);
  });

  it('stays in step with the list: a marker opens its resource, an opened resource is the chosen marker', async () => {
    const el = await finder();
    mapButton(el)!.click();
    await markers(el);
    const pin = [...$(el, 'rf-map').shadowRoot!.querySelectorAll<HTMLElement>('.rf-pin')].find(
      (m) => m.getAttribute('aria-label') === 'Permanence juridique Bellecour',
    )!;
    pin.click();
    await settled(el);
    await waitUntil(() => openCards(el).length === 1, 'the marker did not open its resource');
    expect(openCards(el)).to.deep.equal(['Permanence juridique Bellecour']);
    await waitUntil(
      async () =>
        (await markers(el)).find((m) => m.pressed)?.name === 'Permanence juridique Bellecour',
    );

    // The other way: the visitor opens a card in the list.
    const card = $$($(el, 'rf-results'), 'rf-resource-card').find(
      (c) => seen($(c, 'h3')) === 'Accueil de jour Guillotière',
    )!;
    $(card, '[part="toggle"]').click();
    await settled(el);
    await waitUntil(
      async () =>
        (await markers(el)).find((m) => m.pressed)?.name === 'Accueil de jour Guillotière',
      'the opened resource is not the chosen marker',
    );
  });

  it('is reached and used by keyboard, and lets the keyboard through', async () => {
    const el = await finder();
    const button = mapButton(el)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await markers(el);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const at = deepActiveElement();
      reached.push(at?.getAttribute('aria-label') ?? at?.tagName.toLowerCase() ?? '');
      if (at?.getAttribute('aria-label') === 'Banque alimentaire Croix-Rousse') break;
    }
    expect(reached).to.include('Banque alimentaire Croix-Rousse');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await waitUntil(() => openCards(el).length === 1, 'Enter on a marker did not open it');
    expect(openCards(el)).to.deep.equal(['Banque alimentaire Croix-Rousse']);
    // Not a trap: Tab goes on past the map.
    const focusedMap = () => !!deepActiveElement()?.closest?.('.map');
    let left = false;
    for (let i = 0; i < 20 && !left; i++) {
      await sendKeys({ press: 'Tab' });
      left = !focusedMap() && deepActiveElement()?.getRootNode() !== $(el, 'rf-map').shadowRoot;
    }
    expect(left).to.equal(true);
  });

  it('closes in the middle of a zoom without an error', async () => {
    const errors: string[] = [];
    const caught = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', caught);
    try {
      const el = await finder();
      mapButton(el)!.click();
      await markers(el);
      const map = $(el, 'rf-map');
      $(map, '.map').focus();
      await sendKeys({ press: '+' });
      // The animation has begun: the visitor leaves (the page takes the finder away) before it ends.
      await waitUntil(
        () => $(map, '.map').querySelector('.leaflet-zoom-anim'),
        'no zoom animation',
      );
      el.remove();
      // Past the 250 ms after which Leaflet ends a zoom's animation.
      await new Promise((done) => setTimeout(done, 600));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', caught);
    }
  });

  it('searches the area the visitor moved the map to, and everywhere again', async function () {
    this.timeout(30_000);
    const el = await finder();
    mapButton(el)!.click();
    await markers(el);
    const map = $(el, 'rf-map');
    expect(map.shadowRoot!.querySelector('[part="search-area"]')).to.equal(null);
    // The visitor zooms in with the keyboard: "Search this area" is offered.
    $(map, '.map').focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: '+' });
    // Offered once the zoom's animation ends: drawn in software (no GPU here), while other test files run beside it,
    // that took more than 5 s in two full local runs.
    await waitUntil(
      () => map.shadowRoot!.querySelector('[part="search-area"]'),
      'no "Search this area"',
      { timeout: 15_000 },
    );
    const button = $(map, '[part="search-area"]');
    expect(seen(button)).to.equal('Search this area');
    const asked = new Promise<Area>((resolve) =>
      el.addEventListener(
        'rf-area-change',
        (e) => resolve((e as Event & { detail: { area: Area } }).detail.area),
        {
          once: true,
        },
      ),
    );
    button.click();
    const area = await asked;
    await settled(el);
    const expected = withinArea(
      FEED.map((resource) => ({ resource: resource as unknown as Resource })),
      area,
    ).map((h) => h.resource.name);
    expect(expected.length).to.be.lessThan(FEED.length);
    await waitUntil(
      () => names(el).length === expected.length,
      'the results did not follow the area',
    );
    expect(shownNames(el).sort()).to.deep.equal(expected.sort());
    const note = $(el, '[part="map-area"]');
    expect(seen(note)).to.contain('Results in the area shown on the map.');
    note.querySelector('button')!.click();
    await settled(el);
    await waitUntil(() => names(el).length === FEED.length, 'everywhere again');
    expect(el.shadowRoot!.querySelector('[part="map-area"]')).to.equal(null);
  });
});
