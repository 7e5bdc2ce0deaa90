// The finder in server mode, against a real directory server (server/, on an embedded PostgreSQL, started by the test
// server: test/server/directory-server.mjs): results, paging, filters and search come from GET /services; an older
// query's late answer is never shown; the directory is never downloaded whole.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResourceFinder } from '../../src/index.js';
import { $, articles, checkbox, filtersOf, seen, settled, shownNames } from '../helpers.js';

const API = '/directory-api/';

/** Every request the page made to the directory server, as URLs. */
const requests = (): URL[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.pathname.startsWith('/directory-api/'));

const count = (el: ResourceFinder) => seen($($(el, 'rf-results'), '.count'));

async function typeQuery(el: ResourceFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>($(el, 'rf-search-box'), 'input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

describe('<resource-finder api> (server mode)', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('shows the server’s results, pages them and filters them, without downloading the directory', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder api=${API}></resource-finder>`);
    await settled(el);
    await waitUntil(() => shownNames(el).length === 20, 'no first page');
    expect(count(el)).to.equal('88 resources');
    // Browsing: the same first page as the finder that loads the whole feed into the page.
    const names = shownNames(el);
    const inPage = await mount<ResourceFinder>(
      html`<resource-finder
        src=${new URL('../../demo/sample-feed.json', import.meta.url).href}
      ></resource-finder>`,
    );
    await settled(inPage);
    expect(names).to.deep.equal(shownNames(inPage));
    inPage.remove();
    performance.clearResourceTimings();
    const more = $($(el, 'rf-results'), '[part="more"]');
    expect(seen(more)).to.equal('Show more (68 more)');
    more.click();
    await waitUntil(() => shownNames(el).length === 40, 'no second page');
    expect(shownNames(el).slice(0, 20)).to.deep.equal(names);

    // A filter: the count the panel offered is the count shown.
    const filters = filtersOf(el);
    const food = checkbox(filters, 'Food');
    const offered = Number(seen(food.closest('li')!.querySelector('.count')!));
    food.click();
    await waitUntil(() => count(el) === `${offered} resources`, `not ${offered} food resources`);
    expect(shownNames(el).length).to.equal(Math.min(offered, 40));

    // Only pages of results travelled: never the whole directory, never more than the visitor asked to see.
    const asked = requests().filter((u) => u.pathname.endsWith('/services'));
    expect(asked.length).to.be.at.least(2);
    for (const u of asked) expect(Number(u.searchParams.get('per_page'))).to.be.at.most(40);
    expect(asked.some((u) => u.searchParams.getAll('category').includes('food'))).to.equal(true);
  });

  it('searches on the server with typos and without accents, after typing pauses', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder api=${API}></resource-finder>`);
    await settled(el);
    await typeQuery(el, 'hebergement urgense');
    await waitUntil(
      () => shownNames(el)[0] === 'Centre d’hébergement d’urgence Le Phare',
      'the shelter is not first',
    );
    // One request for the words typed, not one per keystroke.
    const searches = requests().filter((u) => u.searchParams.has('search'));
    expect(searches.length).to.be.at.most(2);
    expect(searches.at(-1)!.searchParams.get('search')).to.equal('hebergement urgense');
  });

  it('never shows a late answer to an older query', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder api=${`${API}slow/`}></resource-finder>`,
    );
    await settled(el);
    // "food" is sent, and its answer comes 1.5 s late; "shelter" is typed meanwhile and answered at once.
    await typeQuery(el, 'food');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await typeQuery(el, 'shelter');
    await waitUntil(() => /shelter/i.test(shownNames(el)[0] ?? ''), 'no shelter first');
    const shelters = shownNames(el);
    // Long after the older answer could have arrived, the newer one is still what is shown.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    await el.updateComplete;
    expect(shownNames(el)).to.deep.equal(shelters);
    expect($<HTMLInputElement>($(el, 'rf-search-box'), 'input').value).to.equal('shelter');
    // The older query was asked, and its answer did arrive: it was not shown.
    expect(requests().some((u) => u.searchParams.get('search') === 'food')).to.equal(true);
  });

  it('sends a position rounded to about a kilometre, and tells the visitor who receives it', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder api=${API}></resource-finder>`);
    await settled(el);
    el.origin = { lat: 45.764043, lng: 4.835659 };
    el.sort = 'distance';
    await waitUntil(
      () => requests().some((u) => u.searchParams.get('sort') === 'distance'),
      'no search by distance',
    );
    const asked = requests().find((u) => u.searchParams.get('sort') === 'distance')!;
    expect(asked.searchParams.get('lat')).to.equal('45.76');
    expect(asked.searchParams.get('lng')).to.equal('4.84');
    // The page sorted by distance replaces the one shown before it (whose first card may be farther).
    const firstKm = () => {
      const card = articles(el)[0];
      const distance = card && /([\d.,]+)\s*(k?m)\b/.exec(seen(card));
      return distance
        ? Number(distance[1]!.replace(',', '.')) / (distance[2] === 'm' ? 1000 : 1)
        : Infinity;
    };
    await waitUntil(() => firstKm() < 5, `the nearest place is not first (${firstKm()} km)`);
    const nearMe = $(el, 'rf-near-me') as HTMLElement & { updateComplete: Promise<boolean> };
    await nearMe.updateComplete;
    expect(seen($(nearMe, '#where-status'))).to.equal(
      `Sorted by distance from you. Your approximate position (to about 1 km) is sent to ${location.host} to find places near you.`,
    );
    // The nearest place first, as its card says (the distance is worked out on the device, from the exact position).
    expect(firstKm()).to.be.below(5);
  });

  it('searches and pages a plain HSDS API too, reading its services with the HSDS mapping', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder api=${`${API}plain/`}></resource-finder>`,
    );
    await settled(el);
    await waitUntil(() => shownNames(el).length === 20, 'no first page');
    expect(count(el)).to.equal('88 resources');
    // The services came as HSDS, without the finder's records.
    const first = requests().find((u) => u.pathname.endsWith('/services'))!;
    const page = await (await fetch(first.href)).json();
    expect(page.contents[0].x_resource_finder).to.equal(undefined);
    expect(page.facets).to.equal(undefined);
    await typeQuery(el, 'hebergement urgence');
    await waitUntil(
      () => shownNames(el)[0] === 'Centre d’hébergement d’urgence Le Phare',
      'the shelter is not first',
    );
    // A card read from HSDS still shows what the visitor needs: the organization, the category by its name, the cost.
    const card = seen(articles(el)[0]!);
    expect(card).to.contain('Association Le Phare');
    expect(card).to.contain('Emergency shelter');
    expect(card).to.contain('Free');
  });

  it('says so when the server cannot answer a search, keeps what was shown, and tries again', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder api=${`${API}flaky/`}></resource-finder>`,
    );
    await settled(el);
    await waitUntil(() => shownNames(el).length === 20, 'no first page');
    const before = shownNames(el);
    await typeQuery(el, 'boom');
    const alert = () => el.shadowRoot!.querySelector<HTMLElement>('[part="answer-failed"]');
    await waitUntil(() => alert(), 'the failure was not said');
    expect(alert()!.getAttribute('role')).to.equal('alert');
    expect(seen(alert()!)).to.equal(
      'The directory could not be searched just now: the results shown may not match your search. Try again',
    );
    expect(shownNames(el)).to.deep.equal(before);
    // Trying again asks again (the server is still down for this search).
    performance.clearResourceTimings();
    alert()!.querySelector('button')!.click();
    await waitUntil(() => requests().some((u) => u.searchParams.get('search') === 'boom'));
    expect(alert()).to.not.equal(null);
    // A search the server answers: results, and the note is gone.
    await typeQuery(el, 'shelter');
    await waitUntil(() => !alert() && /shelter/i.test(shownNames(el)[0] ?? ''), 'no recovery');
  });

  it('says so when the server cannot be reached', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder api="/directory-api/nowhere/"></resource-finder>`,
    );
    await settled(el);
    const alert = $($(el, 'rf-feed-status'), '[role="alert"]');
    expect(seen(alert)).to.match(/404|could not/i);
  });
});
