import { expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type {
  ResourceFinder,
  RfResourceCard,
  RfFeedErrorEvent,
  RfFeedLoadEvent,
  RfResourceSelectEvent,
  RfSearchEvent,
} from '../src/index.js';
import {
  $,
  $$,
  checkbox,
  expandCategory,
  deepActiveElement,
  feedStatus,
  seen,
  seenDeep,
  statusText,
  watchStatus,
  filtersOf,
  finderFrom,
  fixture,
  settled,
  shownNames,
} from './helpers.js';
import type { WorkerDirectory } from '../src/core/edge/worker-directory.js';
import { parseFeed } from '../src/core/feed/records.js';
import { WordIndexEngine } from '../src/core/search/word-index.js';

afterEach(() => document.querySelectorAll('resource-finder').forEach((el) => el.remove()));

describe('<resource-finder> loading', () => {
  it('loads a feed from its src and shows every resource as an article headed by its name', async () => {
    const { el, load } = await finderFrom(fixture('feed-small.json'));
    expect(load.type).to.equal('rf-feed-load');
    expect((load as RfFeedLoadEvent).detail).to.deep.equal({ total: 6, accepted: 6, problems: [] });
    expect(load.bubbles && load.composed).to.equal(true);
    expect(shownNames(el)).to.deep.equal([
      "Hébergement d'urgence Saint-Gaspard",
      'Società di Mutuo Soccorso Torino',
      'Riverside Night Shelter',
      'Hearing Voices Peer Group',
      'Village LGBT Support Group',
      'Free Legal Aid Clinic',
    ]);
    const list = $($(el, 'rf-results'), '[part="list"]');
    expect(list.localName).to.equal('ul');
    expect(el.shadowRoot!.mode).to.equal('open');
  });

  it('loads an inline <script type="application/json"> child', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder>
        <script type="application/json">
          {
            "resources": [
              { "id": "inline-1", "name": "Inline Food Bank" },
              { "id": "inline-2", "name": "Inline Legal Aid" }
            ]
          }
        </script>
      </resource-finder>`,
    );
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Inline Food Bank', 'Inline Legal Aid']);
  });

  it('loads resources given as a property, validating them like a feed', async () => {
    const el = document.createElement('resource-finder');
    const loaded = oneEvent(el, 'rf-feed-load');
    el.resources = [{ id: 'p-1', name: 'Property Pantry' }, { id: 'p-2' }];
    document.body.append(el);
    const { detail } = await loaded;
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Property Pantry']);
    expect(detail).to.deep.equal({
      total: 2,
      accepted: 1,
      problems: [
        { index: 1, id: 'p-2', path: 'name', code: 'required', params: {}, message: 'is required' },
      ],
    });
  });

  it('keeps every record of a partly broken feed that has an id and a name, and tells the maintainer what is wrong', async () => {
    const { el, load } = await finderFrom(fixture('feed-partial.json'), { showProblems: true });
    const detail = (load as RfFeedLoadEvent).detail;
    expect(detail.total).to.equal(9);
    expect(detail.accepted).to.equal(6);
    expect(detail.problems.map((p) => p.index)).to.include.members([1, 2, 4, 5, 6, 7, 8]);
    expect(shownNames(el)).to.have.members([
      'Food Bank North',
      'Broken Hours Centre',
      'Legal Advice South',
      'Upside Down Place',
      'Peer Support East',
      'Youth Hub West',
    ]);
    const note = $(feedStatus(el), '[part="problems"]');
    expect(seen(note)).to.contain('3 of 9 records could not be shown');
    // The details for the maintainer are behind a disclosure: open it to read them. Records count from 1.
    note.querySelector('summary')!.click();
    expect(seen(note)).to.contain('#2 (bad-hours), hours.timezone: must be an IANA time zone');
    await expect(el).to.be.accessible();
  });

  it('keeps notes for the maintainer from visitors unless asked to show them', async () => {
    const { el, load } = await finderFrom(fixture('feed-partial.json'));
    expect((load as RfFeedLoadEvent).detail.problems).to.have.length.above(5);
    expect(shownNames(el)).to.have.length(6);
    expect(seenDeep(feedStatus(el).shadowRoot!).trim()).to.equal('');
    expect(seenDeep(el.shadowRoot!)).not.to.match(/could not be (shown|used)/);
    el.showProblems = true;
    await el.updateComplete;
    await (feedStatus(el) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(seen($(feedStatus(el), '[part="problems"]'))).to.contain(
      '3 of 9 records could not be shown',
    );
  });

  it('shows an alert with Retry on HTTP 404 and fires rf-feed-error with the status', async () => {
    const { el, load } = await finderFrom('/api/status/404');
    expect(load.type).to.equal('rf-feed-error');
    expect((load as RfFeedErrorEvent).detail).to.deep.equal({
      message: 'The server answered 404 Not Found.',
      status: 404,
    });
    const alert = $(feedStatus(el), '[role="alert"]');
    expect(seen(alert)).to.contain('the server answered with an error');
    expect(seen(alert.querySelector('button')!)).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('shows the records before broken JSON, and says the file is damaged', async () => {
    const { el, load } = await finderFrom(fixture('feed-invalid-json.json'));
    const { detail } = load as RfFeedLoadEvent;
    expect(detail.accepted).to.equal(1);
    expect(detail.problems[0]!.message).to.match(
      /^The feed is not valid JSON: .+ Only the first 1 records could be read; the rest is missing\.$/,
    );
    expect(shownNames(el)).to.deep.equal(['A']);
    expect(seen($(feedStatus(el), '[part="problems"]'))).to.contain(
      'The directory file is damaged: only its first 1 records could be read.',
    );
  });

  it('shows an alert for JSON broken before its first record', async () => {
    const { el, load } = await finderFrom('/api/stalled-feed?size=3&chunks=100&stall=10');
    expect((load as RfFeedErrorEvent).detail.message).to.match(/^The feed is not valid JSON/);
    expect(seen($(feedStatus(el), '[role="alert"]'))).to.contain('it is not valid JSON');
  });

  it('shows an alert when no record is valid, listing the problems', async () => {
    const { el, load } = await finderFrom(fixture('feed-none-valid.json'));
    expect((load as RfFeedErrorEvent).detail.message).to.equal(
      'None of the 3 records in the feed is valid.',
    );
    const alert = $(feedStatus(el), '[role="alert"]');
    expect(seen(alert)).to.contain('no resource that can be shown');
    alert.querySelector('summary')!.click();
    expect(seen(alert)).to.contain('#2 (7), id: must be a string, not a number');
  });

  it('gives up after its timeout, says so, and loads on Retry', async () => {
    const { el, load } = await finderFrom('/api/slow-feed?ms=1500', { timeout: 150 });
    expect((load as RfFeedErrorEvent).detail.message).to.equal(
      'The feed did not arrive within 0.15 s.',
    );
    expect(seen($(feedStatus(el), '[role="alert"]'))).to.contain('took too long');
    el.timeout = 5000;
    const loaded = oneEvent(el, 'rf-feed-load');
    $(feedStatus(el), '[role="alert"] button').click();
    await loaded;
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Slow feed answered after 1500 ms']);
  });

  it('recovers on Retry when the server comes back', async () => {
    const key = `k${Math.random()}`;
    const { el, load } = await finderFrom(`/api/flaky-feed?key=${key}&fail=1`);
    expect((load as RfFeedErrorEvent).detail.status).to.equal(503);
    const loaded = oneEvent(el, 'rf-feed-load');
    $(feedStatus(el), '[role="alert"] button').click();
    expect((await loaded).detail.accepted).to.equal(1);
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Recovered Food Bank']);
    expect(feedStatus(el).shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('cancels the previous request when src changes', async () => {
    const el = document.createElement('resource-finder');
    const events: string[] = [];
    el.addEventListener('rf-feed-load', (e) => events.push(`load:${e.detail.accepted}`));
    el.addEventListener('rf-feed-error', (e) => events.push(`error:${e.detail.message}`));
    el.src = '/api/slow-feed?ms=800';
    document.body.append(el);
    await el.updateComplete;
    el.src = fixture('feed-small.json');
    await oneEvent(el, 'rf-feed-load');
    await new Promise((r) => setTimeout(r, 1000));
    await settled(el);
    expect(events).to.deep.equal(['load:6']);
    expect(shownNames(el)).to.have.length(6);
  });

  it('is accessible while loading', async () => {
    const el = document.createElement('resource-finder');
    el.src = '/api/slow-feed?ms=1000';
    document.body.append(el);
    await el.updateComplete;
    const status = $(feedStatus(el), '[role="status"]');
    expect(seen(status)).to.contain('Loading the directory');
    await expect(el).to.be.accessible();
  });
});

describe('<resource-finder> hostile feed text', () => {
  it('renders markup from the feed as inert text and drops unsafe links', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const { el, load } = await finderFrom(fixture('feed-hostile.json'));
    const detail = (load as RfFeedLoadEvent).detail;
    expect(detail.accepted).to.equal(2); // the record with a javascript: link is kept, without it
    expect(detail.problems).to.deep.include({
      index: 1,
      id: 'x-2',
      path: 'website',
      code: 'http-url',
      params: {},
      message: 'must be an http(s) URL',
    });
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    $(card, '[part="toggle"]').click();
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelectorAll('img, script, iframe, svg[onload], b, style').length).to.equal(0);
    expect(seen($(card, 'h3'))).to.contain('<script>window.__pwned=2</script>');
    expect(seen($(card, '.details'))).to.contain('<script>window.__pwned=5</script>');
    for (const a of root.querySelectorAll('a')) expect(a.href).to.match(/^(https?|tel|mailto):/);
    expect(w.__pwned).to.equal(undefined);
  });
});

describe('<resource-finder> when nothing matches', () => {
  it('says so in visible words, with "Clear all filters" when filters narrow it, unless the host gives its own', async () => {
    const { el } = await finderFrom(fixture('feed-small.json'));
    el.filters = { cost: ['free'] };
    el.query = 'zzqxv wholly unmatched';
    await settled(el);
    const results = $(el, 'rf-results');
    const shown = seenDeep(results.shadowRoot!);
    expect(shown).to.contain('Nothing matches');
    expect(shown).to.contain('Try other words, check the spelling, or remove some filters.');
    const clear = [...results.shadowRoot!.querySelectorAll('button')].find(
      (b) => seen(b) === 'Clear all filters',
    )!;
    expect(clear.checkVisibility()).to.equal(true);
    clear.click();
    await settled(el);
    expect(el.filters).to.deep.equal({});

    const own = document.createElement('p');
    own.slot = 'empty';
    own.textContent = 'Call 211 for help finding a service.';
    el.append(own);
    el.query = 'zzqxv wholly unmatched again';
    await settled(el);
    expect(seen(own)).to.equal('Call 211 for help finding a service.');
    expect(seenDeep(results.shadowRoot!)).not.to.contain('Nothing matches');
  });
});

describe('<resource-finder> search and filters', () => {
  let el: ResourceFinder;
  beforeEach(async () => {
    el = (await finderFrom(fixture('feed-small.json'))).el;
  });

  const type = async (text: string) => {
    const input = $($(el, 'rf-search-box'), 'input');
    input.focus();
    await sendKeys({ type: text });
    await waitUntil(() => el.query === text, 'query not applied');
    await settled(el);
  };

  it('searches as the visitor types, without accents and with typos, and fires rf-search', async () => {
    const searched: RfSearchEvent[] = [];
    el.addEventListener('rf-search', (e) => searched.push(e));
    await type('hebergement');
    expect(shownNames(el)[0]).to.equal("Hébergement d'urgence Saint-Gaspard");
    // The English night shelter is found too (the needs vocabulary), after what was typed.
    expect(shownNames(el).slice(0, 2), shownNames(el).join(' | ')).to.deep.equal([
      "Hébergement d'urgence Saint-Gaspard",
      'Riverside Night Shelter',
    ]);
    const { detail } = searched.at(-1)!;
    expect(detail).to.deep.include({ query: 'hebergement', filters: {} });
    expect(detail.total).to.equal(shownNames(el).length);
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    expect($$(card, 'mark').map(seen)).to.include('Hébergement');
  });

  it('finds a multi-word query with a typo', async () => {
    await type('lgbt suport group');
    expect(shownNames(el)[0]).to.equal('Village LGBT Support Group');
  });

  it('shows the host page’s own empty state instead of the default one when it gives one', async () => {
    const custom = document.createElement('resource-finder');
    custom.innerHTML = '<p slot="empty">Call 211 for help near you.</p>';
    custom.query = 'zzzz';
    custom.src = fixture('feed-small.json');
    document.body.append(custom);
    await oneEvent(custom, 'rf-feed-load');
    await settled(custom);
    // The host's paragraph is shown (slotted through the finder), and the default text is not.
    expect(seen(custom.querySelector('p')!)).to.equal('Call 211 for help near you.');
    expect(seen($($(custom, 'rf-results'), '[part="empty"]'))).not.to.contain('Nothing matches');
    // The filter panel says why it offers nothing, rather than a heading over a blank.
    expect(seen($(filtersOf(custom), '#groups'))).to.equal('No filters for these results.');
  });

  it('shows an empty state that offers to clear the filters', async () => {
    checkbox(filtersOf(el), 'Spanish').click();
    await settled(el);
    await type('shelter');
    const results = $(el, 'rf-results');
    expect(seen($(results, '[part="empty"]'))).to.contain('Nothing matches');
    await expect(el).to.be.accessible();
    $(results, '[part="empty"] button').click();
    await settled(el);
    expect(el.filters).to.deep.equal({});
    expect(shownNames(el)).to.deep.equal([
      'Riverside Night Shelter',
      "Hébergement d'urgence Saint-Gaspard",
    ]);
  });

  it('filters with native checkboxes in fieldsets, with counts, chips and clear all', async () => {
    const filters = filtersOf(el);
    const legends = $$(filters, 'fieldset > legend').map(seen);
    expect(legends).to.include.members([
      'Category',
      'Language spoken',
      'For',
      'Accessibility',
      'How',
      'Cost',
    ]);
    const english = checkbox(filters, 'English');
    expect(english.type).to.equal('checkbox');
    expect(seen(english.labels![0]!)).to.equal('English 4');

    const changes: RfSearchEvent[] = [];
    el.addEventListener('rf-search', (e) => changes.push(e));
    english.click();
    await settled(el);
    expect(shownNames(el)).to.have.length(4);
    expect(changes.at(-1)!.detail).to.deep.equal({
      query: '',
      filters: { languages: ['en'] },
      total: 4,
    });

    // Counts in other groups follow the selection; the language group keeps counting all.
    expect(seen(checkbox(filters, 'Free only').labels![0]!)).to.contain('3');
    expect(seen(checkbox(filters, 'French').labels![0]!)).to.contain('1');

    checkbox(filters, 'Free only').click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal([
      'Riverside Night Shelter',
      'Hearing Voices Peer Group',
      'Free Legal Aid Clinic',
    ]);

    const chips = $$(filters, '[part="chip"]');
    expect(chips.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      'Remove filter: English',
      'Remove filter: Free only',
    ]);
    chips[1]!.click();
    await settled(el);
    expect(el.filters).to.deep.equal({ languages: ['en'] });

    $(filters, '.clear-all').click();
    await settled(el);
    expect(shownNames(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('filters by hierarchical category: a parent includes its children', async () => {
    const filters = filtersOf(el);
    checkbox(filters, 'Health').click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal([
      'Hearing Voices Peer Group',
      'Village LGBT Support Group',
    ]);
    await expandCategory(filters, 'Health');
    await expandCategory(filters, 'Mental health');
    checkbox(filters, 'Peer support').click(); // child of a selected parent: OR within the group
    await settled(el);
    expect(shownNames(el)).to.have.length(2);
  });

  it('filters by audience, accessibility and delivery', async () => {
    const filters = filtersOf(el);
    checkbox(filters, 'People without housing').click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal([
      "Hébergement d'urgence Saint-Gaspard",
      'Riverside Night Shelter',
    ]);
    checkbox(filters, 'Wheelchair accessible').click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal(["Hébergement d'urgence Saint-Gaspard"]);
    $(filters, '.clear-all').click();
    await settled(el);
    checkbox(filters, 'By phone').click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Free Legal Aid Clinic']);
  });

  it('offers an open-now filter counted from each resource’s hours', async () => {
    const open = checkbox(filtersOf(el), 'Open now');
    const count = Number(seen(open.labels![0]!.querySelector('.count')!));
    // The 24/7 shelter is always open.
    expect(count).to.be.at.least(1);
    open.click();
    await settled(el);
    expect(shownNames(el)).to.include('Riverside Night Shelter');
    expect(shownNames(el)).to.have.length(count);
  });

  it('sorts by name and by most recently verified', async () => {
    const select = $<HTMLSelectElement>($(el, 'rf-results'), 'select');
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Free Legal Aid Clinic');
    select.value = 'verified';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Village LGBT Support Group');
  });

  it('fires rf-resource-select when the visitor opens a resource', async () => {
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    const selected = oneEvent(el, 'rf-resource-select') as Promise<RfResourceSelectEvent>;
    $(card, '[part="toggle"]').click();
    expect((await selected).detail).to.deep.equal({ id: 'heb-1' });
  });

  it('works by keyboard: type a query, tick a filter with Space, open a result with Enter', async () => {
    const input = $($(el, 'rf-search-box'), 'input');
    input.focus();
    await sendKeys({ type: 'manchester' });
    await waitUntil(() => el.query === 'manchester');
    await settled(el);
    expect(shownNames(el)).to.have.length(4);
    // Tab moves from the search box to its clear button, then "Near me" and "My list", then into the filters.
    await sendKeys({ press: 'Tab' });
    expect($(el, 'rf-search-box').shadowRoot!.activeElement?.getAttribute('part')).to.equal(
      'clear',
    );
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(seen(deepActiveElement()!));
    }
    expect(stops.slice(0, 2)).to.deep.equal(['Near me', 'My list (0)']);
    const filters = filtersOf(el);
    const focused = filters.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused?.type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(focused.checked).to.equal(true);
    expect(Object.keys(el.filters)).to.deep.equal(['categories']);
    // Open the first result's details with the keyboard.
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    const toggle = $(card, '[part="toggle"]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('is accessible with results', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<resource-finder> with HSDS feeds', () => {
  it('loads every page of an HSDS API and says how far it got while loading', async () => {
    const el = document.createElement('resource-finder');
    el.src = '/api/hsds/services?per_page=5';
    document.body.append(el);
    await el.updateComplete;
    const { said, stop } = watchStatus(el);
    const loaded = await oneEvent(el, 'rf-feed-load');
    stop();
    expect(loaded.detail).to.include({ total: 12, accepted: 12 });
    await settled(el);
    expect(shownNames(el)).to.have.length(12);
    expect([...said]).to.include('Loading the directory… page 2 of 3');
  });

  it('keeps the pages it loaded when a later one fails, and says so', async () => {
    const { el, load } = await finderFrom('/api/hsds/services?per_page=5&fail_page=3');
    expect((load as RfFeedLoadEvent).detail.accepted).to.equal(10);
    expect(shownNames(el)).to.have.length(10);
    expect(seen($(feedStatus(el), '[part="problems"]'))).to.contain(
      'Only 2 of 3 pages of the directory could be loaded.',
    );
    await expect(el).to.be.accessible();
  });

  it('reads an HSDS file, shows "temporarily closed" and the alert, and follows a forced format', async () => {
    const official = await (await fetch(fixture('hsds/official-service_full.json'))).json();
    const el = document.createElement('resource-finder');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...official, status: 'temporarily closed' });
    el.append(script);
    el.showProblems = true;
    document.body.append(el);
    await settled(el);
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    expect(seen($(card, '.badges'))).to.contain('Temporarily closed');
    expect(seen($(card, '[part="alert"]'))).to.match(/^Following COVID-19/);
    expect(seen($(feedStatus(el), '[part="problems"]'))).to.contain(
      'Every resource is shown; 1 detail in the data could not be used.',
    );

    const forced = await finderFrom(fixture('hsds/official-service_full.json'), {
      format: 'native',
    });
    expect(forced.load.type).to.equal('rf-feed-error');
  });
});

describe('<resource-finder> with a large directory', () => {
  it('reads a large feed as it arrives and shows how far it has got', async function () {
    // 30,000 records generated, sent, read and indexed while other test files run beside it on a small machine: it
    // is given the time a visitor on a slow device would wait (what it checks is what the page says, not speed).
    this.timeout(30_000);
    const el = document.createElement('resource-finder');
    document.body.append(el);
    await el.updateComplete;
    const { said, stop } = watchStatus(el);
    // The page's own timers keep running while the feed is read.
    let ticksWhileReading = 0;
    const timer = setInterval(() => {
      if (statusText(el).includes('resources so far')) ticksWhileReading += 1;
    }, 5);
    const load = oneEvent(el, 'rf-feed-load');
    el.src = '/api/generated-feed?size=30000&seed=3';
    expect((await load).detail.accepted).to.equal(30000);
    stop();
    clearInterval(timer);
    // Told how much has arrived and how many records can be searched, a few times, growing.
    const counts = [...said]
      .map((t) => /^Loading the directory… [\d.,]+ [kM]B, ([\d,]+) resources so far$/.exec(t)?.[1])
      .filter((n): n is string => !!n)
      .map((n) => Number(n.replaceAll(',', '')));
    expect(counts.length, [...said].join(' | ')).to.be.greaterThan(1);
    expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
    expect(ticksWhileReading).to.be.greaterThan(0);
  });

  it('checks many records given as the resources property in slices too', async () => {
    const { generateFeed } = await import('../bench/generate.mjs');
    const el = document.createElement('resource-finder');
    document.body.append(el);
    await el.updateComplete;
    const { said, stop } = watchStatus(el);
    const load = oneEvent(el, 'rf-feed-load');
    el.resources = generateFeed(20000, 2).resources;
    expect((await load).detail.accepted).to.equal(20000);
    stop();
    expect([...said].some((t) => /^Checking the directory… \d+%$/.test(t))).to.equal(true);
  });

  it('searches in a worker and never shows the results of a query typed over', async () => {
    const { el } = await finderFrom('/api/generated-feed?size=6000&seed=4', {
      workerThreshold: 5000,
    });
    const directory = el.directory as WorkerDirectory;
    await directory.ready;
    expect(directory.inWorker).to.equal(true);
    expect(el.loadedResources).to.deep.equal([]);
    const searched: string[] = [];
    el.addEventListener('rf-search', (e) => searched.push(e.detail.query));
    const input = $<HTMLInputElement>($(el, 'rf-search-box'), 'input');
    // Typed faster than the worker answers: each keystroke starts a search while the previous one runs.
    for (const typed of ['f', 'fo', 'foo', 'food', 'food b', 'food ba']) {
      input.value = typed;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => searched.length > 0, 'no results');
    await settled(el);
    // Only the last query's results were ever applied and announced.
    expect(searched).to.deep.equal(['food ba']);
    // The page holds none of the records: the same query over the same feed, indexed here.
    const feed = parseFeed(await (await fetch('/api/generated-feed?size=6000&seed=4')).json());
    const expected = (await new WordIndexEngine(feed.resources).search('food ba')).slice(0, 20);
    expect(el.results.slice(0, 20).map((h) => h.resource.id)).to.deep.equal(
      expected.map((h) => h.resource.id),
    );
    expect(shownNames(el)).to.deep.equal(expected.map((h) => h.resource.name));
  });
});
