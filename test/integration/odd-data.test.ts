// What a visitor sees when a directory's data is odd or hostile: nothing lost for one odd field, nothing false, and
// nothing that breaks the page.
import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder, RfResourceCard } from '../../src/index.js';
import { $, $$, feedStatus, fixture, seen, seenDeep, settled, shownNames } from '../helpers.js';

async function finder(src: string): Promise<ResourceFinder> {
  const el = await mount<ResourceFinder>(
    html`<resource-finder src=${src} page-size="20" lang="en" show-problems></resource-finder>`,
  );
  await settled(el);
  return el;
}

function card(el: ResourceFinder, id: string): RfResourceCard {
  return $$<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card').find(
    (c) => c.resource?.id === id,
  )!;
}

async function opened(el: ResourceFinder, id: string): Promise<RfResourceCard> {
  const c = card(el, id);
  c.expanded = true;
  await c.updateComplete;
  return c;
}

describe('odd values in a feed, as a visitor meets them', () => {
  it('shows every service, each without only its bad value, and tells the maintainer', async () => {
    const el = await finder(fixture('feed-odd.json'));
    expect(shownNames(el)).to.have.length(10);
    // A note for the maintainer, not a wall of errors: every resource is shown.
    expect(seen($(feedStatus(el), '[part="problems"]'))).to.contain('Every resource is shown');

    const site = await opened(el, 'site');
    expect($<HTMLAnchorElement>(site, 'a[href^="https://www.example.org"]').href).to.equal(
      'https://www.example.org/food',
    );

    const ext = await opened(el, 'ext');
    const phones = $$<HTMLAnchorElement>(ext, 'dd a[href^="tel:"]');
    expect($<HTMLAnchorElement>(ext, '[part="call"]').getAttribute('href')).to.equal(
      'tel:+15550100;ext=12',
    );
    expect(phones.map((a) => [seen(a), a.getAttribute('href')])).to.deep.equal([
      ['+1 555 0100 ext. 12', 'tel:+15550100;ext=12'],
      ['1-800-FLOWERS', 'tel:18003569377'],
    ]);

    const mail = await opened(el, 'mail');
    expect(mail.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);
    expect(seen(mail)).not.to.contain('subject=');

    const coords = card(el, 'coords');
    expect(coords.resource!.coordinates).to.deep.equal({ lat: 45.76, lng: 4.83 });
  });

  it('never shows a future or impossible verification date as fresh', async () => {
    const el = await finder(fixture('feed-odd.json'));
    for (const id of ['future', 'badday']) {
      const c = await opened(el, id);
      const verified = seen($(c, '.verified'));
      expect(verified).not.to.contain('2999');
      expect(verified).not.to.contain('Mar 2, 2026');
      expect(verified).to.equal('Not verified yet');
    }
  });

  it('shows a name with a right-to-left override in the order it was typed', async () => {
    const el = await finder(fixture('feed-odd.json'));
    const c = card(el, 'rlo');
    expect(seen($(c, 'h3'))).to.equal('Free clinic exe.nacs');
    expect(c.resource!.name).not.to.match(/[\u202a-\u202e\u2066-\u2069]/u);
  });

  it('finds a name with zero-width characters by the text a visitor sees', async () => {
    const el = await finder(fixture('feed-odd.json'));
    el.query = 'food pantry';
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Fo\u200Bod pantry north');
  });

  it('labels filter values named like built-in properties by their own names', async () => {
    const el = await finder(fixture('feed-odd.json'));
    const filters = seenDeep($(el, 'rf-filters'));
    expect(filters).not.to.match(/\[object Object\]|native code|function/);
    expect(filters).to.contain('Proto');
    expect(filters).to.contain('Constructor');
    expect(filters).to.contain('HasOwnProperty');
    expect(filters).to.contain('x-klingon'); // a private-use language, as written
  });
});

describe('hostile sizes, as a visitor meets them', () => {
  it('a 1 MB name and 50,000 categories are cut, shown in the page’s width, and reported', async () => {
    const records = [
      {
        id: 'big',
        name: `Huge ${'N'.repeat(1_000_000)}`,
        categories: Array.from({ length: 50_000 }, (_, i) => `Category ${i}`),
      },
      { id: 'ok', name: 'Ordinary Food Bank' },
    ];
    const started = performance.now();
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${records} lang="en" show-problems></resource-finder>`,
    );
    await settled(el);
    const c = await opened(el, 'big');
    expect(performance.now() - started).to.be.below(3000);
    expect(c.resource!.name).to.have.length(300);
    expect(c.resource!.categories).to.have.length(100);
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth + 1);
    expect(seen($(c, 'h3')).endsWith('…')).to.equal(true);
    expect(seenDeep(c.shadowRoot!)).not.to.match(/Show \d+ more/); // no list to unfold: it was cut
    const note = $(feedStatus(el), '[part="problems"]');
    note.querySelector('summary')!.click();
    expect(seen(note)).to.contain(
      '#1 (big), name: is 1000005 characters long; only the first 300 are kept',
    );
    expect(seen(note)).to.contain(
      '#1 (big), categories: has 50000 items; only the first 100 are kept',
    );
  });
});
