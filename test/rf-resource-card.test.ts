import { expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { Resource, ResourceFinder, RfResourceCard, RfResults } from '../src/index.js';
import { parseFeed } from '../src/index.js';
import { $$, $, accessibleNames, fixture, seen } from './helpers.js';

let resources: Resource[];
before(async () => {
  resources = parseFeed(await (await fetch(fixture('feed-small.json'))).json()).resources;
});
const byId = (id: string) => resources.find((r) => r.id === id)!;

describe('<rf-resource-card>', () => {
  it('shows the essentials as an article headed by the name', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${byId('heb-1')} ui-lang="en"></rf-resource-card>`,
    );
    const article = $(el, 'article');
    expect(seen(article.querySelector('h1,h2,h3,h4,h5,h6')!)).to.equal(
      "Hébergement d'urgence Saint-Gaspard",
    );
    expect(seen(article)).to.contain('Association Le Toit');
    expect(seen(article)).to.contain('3 rue Garibaldi, 69007 Lyon');
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').href).to.equal('tel:+33478000001');
    expect(seen(article)).to.contain('Free');
    expect(seen(article)).to.contain('Last verified Oct 1, 2026');
    // Open or closed, and when that changes, on the visitor's clock.
    expect(seen($(el, '.badges'))).to.match(
      /(Open now · closes( tomorrow| \w+day)? at|Closed now · opens (today|tomorrow|\w+day) at) \d{1,2}:\d{2} [AP]M/,
    );
    await expect(el).to.be.accessible();
  });

  it('expands to the full details and fires rf-resource-select', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${byId('lgbt-1')}></rf-resource-card>`,
    );
    const toggle = $(el, '[part="toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="details"]').hidden).to.equal(true);
    const selected = oneEvent(el, 'rf-resource-select');
    toggle.click();
    expect((await selected).detail).to.deep.equal({ id: 'lgbt-1' });
    await el.updateComplete;
    const details = $(el, '[part="details"]');
    expect(details.hidden).to.equal(false);
    // The details open right after their control (the last of its row): next in reading and focus order, and below
    // it on screen.
    expect(toggle.parentElement!.lastElementChild === toggle).to.equal(true);
    expect(toggle.parentElement!.nextElementSibling === details).to.equal(true);
    expect(details.getBoundingClientRect().top).to.be.at.least(
      toggle.getBoundingClientRect().bottom,
    );
    expect(seen(toggle)).to.equal('Hide details');
    expect(seen(details.querySelector('table')!)).to.contain('Wednesday');
    expect(seen(details)).to.contain('6:00 PM–9:00 PM'); // English: a 12-hour clock
    const today = details.querySelector('tr[aria-current="date"]')!;
    expect(seen(today)).to.match(/\(Today\)/);
    expect(details.querySelectorAll('tr[aria-current="date"]')).to.have.length(1);
    expect(seen(details)).not.to.contain('Europe/London'); // a zone by name, never its code
    el.uiLang = 'fr';
    await el.updateComplete;
    expect(seen($(el, '[part="details"]'))).to.contain('18:00–21:00'); // French: a 24-hour clock
    expect(seen($(el, '[part="details"]'))).to.contain('(Aujourd’hui)');
    el.uiLang = 'en';
    await el.updateComplete;
    // Contact details and the other facts share one label column: their values line up.
    const lists = [...details.querySelectorAll('dl.facts')];
    expect(lists).to.have.length(2);
    const starts = lists.map((dl) =>
      Math.round(dl.querySelector('dd')!.getBoundingClientRect().left),
    );
    expect(starts[0]).to.equal(starts[1]);
    expect(seen(details)).to.contain('Fees apply — £2 suggested donation');
    expect(seen(details)).to.contain('English and Spanish'); // Intl.ListFormat, in the visitor's language
    expect(seen(details)).to.contain('LGBTQ+ people');
    expect(seen(details)).to.contain('Step-free access');
    expect($<HTMLAnchorElement>(el, 'a[rel~="noreferrer"]').href).to.equal(
      'https://village-pride.example.org/',
    );
    await expect(el).to.be.accessible();
  });

  it('flags information not verified for longer than stale-after months', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${byId('shelter-1')} stale-after="12"></rf-resource-card>`,
    );
    expect(seen($(el, '.verified'))).to.contain('May be out of date');
    el.staleAfter = 0;
    await el.updateComplete;
    expect(seen($(el, '.verified'))).not.to.contain('May be out of date');
  });

  it('highlights matched words with <mark>', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card
        .resource=${byId('soc-1')}
        .terms=${['societa', 'mutuo']}
      ></rf-resource-card>`,
    );
    expect($$(el, 'mark').map(seen)).to.deep.equal(['Società', 'Mutuo', 'Società', 'Mutuo']);
  });

  it('never shows the address of a confidential place', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card
        .resource=${{ ...byId('heb-1'), confidential: true }}
        expanded
      ></rf-resource-card>`,
    );
    expect(seen($(el, 'article'))).not.to.contain('Garibaldi');
    // Still reachable by phone: the Call action and the number, one number.
    const tels = $$<HTMLAnchorElement>(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(new Set(tels)).to.deep.equal(new Set(['tel:+33478000001']));
  });

  it('shows the hours notes in the visitor’s language where the feed gives them', async () => {
    const r = {
      ...byId('heb-1'),
      hours: { timezone: 'Europe/Paris', weekly: [], notes: 'Sur rendez-vous le samedi.' },
      translations: { en: { hoursNotes: 'By appointment on Saturdays.' } },
    };
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${r} expanded ui-lang="en"></rf-resource-card>`,
    );
    expect(seen($(el, '[part="details"]'))).to.contain('By appointment on Saturdays.');
    el.uiLang = 'fr';
    await el.updateComplete;
    expect(seen($(el, '[part="details"]'))).to.contain('Sur rendez-vous le samedi.');
  });

  it('leads with a Call action, and keeps save, share and print on one row on a phone', async () => {
    const el = await mount<RfResourceCard>(
      html`<div style="width: 320px">
        <rf-resource-card .resource=${byId('heb-1')}></rf-resource-card>
      </div>`,
    );
    const card = el.querySelector('rf-resource-card') as RfResourceCard;
    await card.updateComplete;
    const call = $<HTMLAnchorElement>(card, '[part="call"]');
    expect(seen(call)).to.equal('Call');
    expect(await accessibleNames('link')).to.include('Call +33 4 78 00 00 01');
    expect(call.getAttribute('href')).to.equal('tel:+33478000001');
    const rows = new Set(
      $$(card, '.actions button').map((b) => Math.round(b.getBoundingClientRect().top)),
    );
    expect(rows.size).to.equal(1);
  });

  it('renders no link for an unsafe website given directly', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card
        .resource=${{ id: 'x', name: 'X', website: 'javascript:alert(1)' }}
      ></rf-resource-card>`,
    );
    expect($$(el, 'a')).to.have.length(0);
  });

  it('uses the heading level it is given', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card heading-level="2" .resource=${byId('mh-1')}></rf-resource-card>`,
    );
    expect(seen($(el, 'h2'))).to.equal('Hearing Voices Peer Group');
  });
});

describe('<rf-resource-card> description', () => {
  it('keeps the line breaks written in the feed, and adds none of its own', async () => {
    const resource = { id: 'd', name: 'D', description: 'First line.\nSecond line.' };
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${resource}></rf-resource-card>`,
    );
    const text = $(el, '.description .text');
    // Rendered as written: the line break shows.
    expect(text.checkVisibility()).to.equal(true);
    expect(text.innerText).to.equal('First line.\nSecond line.');
    expect(getComputedStyle(text).whiteSpace).to.equal('pre-line');
    expect(getComputedStyle($(el, '.description')).whiteSpace).to.equal('normal');
  });
});

describe('freshness', () => {
  it('lets the finder set how old "last verified" may be', async () => {
    const old = [{ id: 'o', name: 'Old', lastVerified: '2026-01-10' }];
    const el = await mount<ResourceFinder>(
      html`<resource-finder stale-after="6" .resources=${old}></resource-finder>`,
    );
    await waitUntil(() =>
      el.shadowRoot?.querySelector('rf-results')?.shadowRoot?.querySelector('rf-resource-card'),
    );
    const card = $<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    await card.updateComplete;
    expect(seen($(card, '.verified'))).to.contain('May be out of date');
    el.staleAfter = 24;
    await el.updateComplete;
    await $<RfResults>(el, 'rf-results').updateComplete;
    await card.updateComplete;
    expect(seen($(card, '.verified'))).not.to.contain('May be out of date');
  });
});
