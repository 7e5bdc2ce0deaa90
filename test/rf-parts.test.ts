import { aTimeout, expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type {
  Resource,
  ResourceFinder,
  RfFilters,
  RfResourceCard,
  RfResults,
  RfSearchBox,
} from '../src/index.js';
import { parseFeed } from '../src/index.js';
import { $, $$, checkbox, fixture } from './helpers.js';

let resources: Resource[];
before(async () => {
  resources = parseFeed(await (await fetch(fixture('feed-small.json'))).json()).resources;
});
const byId = (id: string) => resources.find((r) => r.id === id)!;

describe('<rf-search-box>', () => {
  it('is a labelled searchbox in a search landmark', async () => {
    const el = await mount<RfSearchBox>(html`<rf-search-box></rf-search-box>`);
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Search resources');
    expect($(el, 'form').getAttribute('role')).to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('fires rf-query-change as the visitor types, and clears', async () => {
    const el = await mount<RfSearchBox>(html`<rf-search-box label="Find help"></rf-search-box>`);
    const queries: string[] = [];
    el.addEventListener('rf-query-change', (e) => queries.push(e.detail.query));
    $(el, 'input').focus();
    await sendKeys({ type: 'food' });
    expect(queries).to.deep.equal(['f', 'fo', 'foo', 'food']);
    expect($(el, 'label').textContent).to.equal('Find help');
    await el.updateComplete;
    $(el, '[part="clear"]').click();
    expect(queries.at(-1)).to.equal('');
    expect(el.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
  });

  it('takes its placeholder and messages from properties', async () => {
    const el = await mount<RfSearchBox>(
      html`<rf-search-box
        placeholder="Nourriture…"
        .messages=${{ searchLabel: 'Rechercher' }}
      ></rf-search-box>`,
    );
    expect($<HTMLInputElement>(el, 'input').placeholder).to.equal('Nourriture…');
    expect($(el, 'label').textContent!.trim()).to.equal('Rechercher');
  });
});

describe('<rf-filters> alone', () => {
  it('computes its facets from resources and fires rf-filter-change', async () => {
    const el = await mount<RfFilters>(
      html`<rf-filters .resources=${resources} ui-lang="en"></rf-filters>`,
    );
    const italian = checkbox(el, 'Italian');
    const change = oneEvent(el, 'rf-filter-change');
    italian.click();
    expect((await change).detail).to.deep.equal({ filters: { languages: ['it'] } });
    await el.updateComplete;
    expect(
      $$(el, '[part="chip"]').map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Italian×']);
    await expect(el).to.be.accessible();
  });

  it('indents child categories under their parent', async () => {
    const el = await mount<RfFilters>(html`<rf-filters .resources=${resources}></rf-filters>`);
    const peer = checkbox(el, 'Peer support').closest('li')!;
    expect(peer.getAttribute('style')).to.contain('margin-inline-start:2.2rem');
  });

  it('folds a long group behind a "show more" button', async () => {
    const many = parseFeed(
      Array.from({ length: 14 }, (_, i) => ({
        id: `r${i}`,
        name: `R${i}`,
        tags: [],
        eligibility: { audiences: [`group-${String(i).padStart(2, '0')}`] },
      })),
    ).resources;
    const el = await mount<RfFilters>(html`<rf-filters .resources=${many}></rf-filters>`);
    const audience = $$(el, 'fieldset').find(
      (f) => f.querySelector('legend')!.textContent === 'For',
    )!;
    expect(audience.querySelectorAll('input').length).to.equal(8);
    const more = audience.querySelector<HTMLButtonElement>('.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show 6 more: For');
    more.click();
    await el.updateComplete;
    expect(audience.querySelectorAll('input').length).to.equal(14);
  });
});

describe('<rf-results> alone', () => {
  it('lists resources, sorts them, and fires rf-sort-change', async () => {
    const el = await mount<RfResults>(html`<rf-results .resources=${resources}></rf-results>`);
    expect($(el, '.count').textContent).to.equal('6 resources');
    const select = $<HTMLSelectElement>(el, 'select');
    expect(select.labels![0]!.textContent).to.contain('Sort by');
    const sorted = oneEvent(el, 'rf-sort-change');
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    expect((await sorted).detail).to.deep.equal({ sort: 'name' });
    await el.updateComplete;
    const first = $$(el, 'rf-resource-card')[0] as RfResourceCard;
    expect(first.resource!.id).to.equal('legal-1');
  });

  it('announces the count once typing settles, in a polite live region', async () => {
    const el = await mount<RfResults>(html`<rf-results .resources=${resources}></rf-results>`);
    const live = $(el, '[role="status"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    el.resources = resources.slice(0, 3);
    await aTimeout(100);
    el.resources = resources.slice(0, 1);
    await waitUntil(() => live.textContent!.trim() === '1 resource', 'count not announced', {
      timeout: 2000,
    });
  });

  it('renders a page at a time with "show more", moving focus to the first new result', async () => {
    const many = parseFeed(
      Array.from({ length: 45 }, (_, i) => ({ id: `r${i}`, name: `Resource ${i}` })),
    ).resources;
    const el = await mount<RfResults>(
      html`<rf-results .resources=${many} page-size="20"></rf-results>`,
    );
    expect($$(el, 'rf-resource-card')).to.have.length(20);
    const more = $(el, '[part="more"]');
    expect(more.textContent!.trim()).to.equal('Show more (25 more)');
    more.click();
    await waitUntil(() => $$(el, 'rf-resource-card').length === 40);
    const card21 = $$(el, 'rf-resource-card')[20]!;
    await waitUntil(() => card21.shadowRoot!.activeElement !== null, 'focus did not move');
    expect((card21 as RfResourceCard).resource!.id).to.equal('r20');
  });

  it('shows an empty state, with its own slot content when given', async () => {
    const el = await mount<RfResults>(
      html`<rf-results .resources=${[]}><p slot="empty">Call 211 for help.</p></rf-results>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="empty"]');
    expect(slot.assignedElements()[0]!.textContent).to.equal('Call 211 for help.');
    await expect(el).to.be.accessible();
  });
});

describe('<rf-resource-card>', () => {
  it('shows the essentials as an article headed by the name', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${byId('heb-1')} ui-lang="en"></rf-resource-card>`,
    );
    const article = $(el, 'article');
    expect(article.querySelector('h1,h2,h3,h4,h5,h6')!.textContent!.trim()).to.equal(
      "Hébergement d'urgence Saint-Gaspard",
    );
    expect(article.textContent).to.contain('Association Le Toit');
    expect(article.textContent).to.contain('3 rue Garibaldi, 69007 Lyon');
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').href).to.equal('tel:+33478000001');
    expect(article.textContent).to.contain('French, Arabic');
    expect(article.textContent).to.contain('Free');
    expect(article.textContent).to.contain('Last verified Oct 1, 2026');
    expect(article.textContent).to.match(/Open now|Closed now/);
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
    expect(details.querySelector('table')!.textContent).to.contain('Wednesday');
    expect(details.textContent).to.contain('18:00–21:00');
    expect(details.textContent).to.contain('Fees apply — £2 suggested donation');
    expect(details.textContent).to.contain('LGBTQ+ people');
    expect(details.textContent).to.contain('Step-free access');
    expect($<HTMLAnchorElement>(el, 'a[rel~="noreferrer"]').href).to.equal(
      'https://village-pride.example.org/',
    );
    await expect(el).to.be.accessible();
  });

  it('flags information not verified for longer than stale-after months', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${byId('shelter-1')} stale-after="12"></rf-resource-card>`,
    );
    expect($(el, '.verified').textContent).to.contain('May be out of date');
    el.staleAfter = 0;
    await el.updateComplete;
    expect($(el, '.verified').textContent).not.to.contain('May be out of date');
  });

  it('highlights matched words with <mark>', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card
        .resource=${byId('soc-1')}
        .terms=${['societa', 'mutuo']}
      ></rf-resource-card>`,
    );
    expect($$(el, 'mark').map((m) => m.textContent)).to.deep.equal([
      'Società',
      'Mutuo',
      'Società',
      'Mutuo',
    ]);
  });

  it('never shows the address of a confidential place', async () => {
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card
        .resource=${{ ...byId('heb-1'), confidential: true }}
        expanded
      ></rf-resource-card>`,
    );
    expect($(el, 'article').textContent).not.to.contain('Garibaldi');
    expect($$(el, 'a[href^="tel:"]')).to.have.length(1);
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
    expect($(el, 'h2').textContent!.trim()).to.equal('Hearing Voices Peer Group');
  });
});

describe('<rf-resource-card> description', () => {
  it('keeps the line breaks written in the feed, and adds none of its own', async () => {
    const resource = { id: 'd', name: 'D', description: 'First line.\nSecond line.' };
    const el = await mount<RfResourceCard>(
      html`<rf-resource-card .resource=${resource}></rf-resource-card>`,
    );
    const text = $(el, '.description .text');
    expect(text.textContent).to.equal('First line.\nSecond line.');
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
    expect($(card, '.verified').textContent).to.contain('May be out of date');
    el.staleAfter = 24;
    await el.updateComplete;
    await $<RfResults>(el, 'rf-results').updateComplete;
    await card.updateComplete;
    expect($(card, '.verified').textContent).not.to.contain('May be out of date');
  });
});
