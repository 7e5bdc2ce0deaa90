import { aTimeout, expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { Resource, RfResourceCard, RfResults } from '../src/index.js';
import { parseFeed } from '../src/index.js';
import { $$, $, fixture, seen } from './helpers.js';

let resources: Resource[];
before(async () => {
  resources = parseFeed(await (await fetch(fixture('feed-small.json'))).json()).resources;
});

describe('<rf-results> alone', () => {
  it('lists resources, sorts them, and fires rf-sort-change', async () => {
    const el = await mount<RfResults>(html`<rf-results .resources=${resources}></rf-results>`);
    expect(seen($(el, '.count'))).to.equal('6 resources');
    const select = $<HTMLSelectElement>(el, 'select');
    expect(seen(select.labels![0]!)).to.contain('Sort by');
    const sorted = oneEvent(el, 'rf-sort-change');
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    expect((await sorted).detail).to.deep.equal({ sort: 'name' });
    await el.updateComplete;
    const first = $$(el, 'rf-resource-card')[0] as RfResourceCard;
    expect(first.resource!.id).to.equal('legal-1');
  });

  it('opens the resource named by expandedId even when its card showed another resource before', async () => {
    const el = await mount<RfResults>(
      html`<rf-results .resources=${resources.slice(0, 1)}></rf-results>`,
    );
    const target = resources[3]!;
    el.resources = [target];
    el.expandedId = target.id;
    await el.updateComplete;
    const card = $$<RfResourceCard>(el, 'rf-resource-card')[0]!;
    await card.updateComplete;
    expect(card.resource!.id).to.equal(target.id);
    expect($(card, 'button[part="toggle"]').getAttribute('aria-expanded')).to.equal('true');
    expect(seen($(card, 'button[part="toggle"]'))).to.equal('Hide details');
  });

  it('announces the count once typing settles, in a polite live region', async () => {
    const el = await mount<RfResults>(html`<rf-results .resources=${resources}></rf-results>`);
    const live = $(el, '[role="status"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    el.resources = resources.slice(0, 3);
    await aTimeout(100);
    el.resources = resources.slice(0, 1);
    await waitUntil(() => seen(live) === '1 resource', 'count not announced', {
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
    expect(seen(more)).to.equal('Show more (25 more)');
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
    expect(seen(slot.assignedElements()[0]!)).to.equal('Call 211 for help.');
    await expect(el).to.be.accessible();
  });
});
