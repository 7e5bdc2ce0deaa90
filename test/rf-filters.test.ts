import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Resource, RfFilters } from '../src/index.js';
import { parseFeed } from '../src/index.js';
import { $$, checkbox, expandCategory, fixture, seen, accessibleNames } from './helpers.js';

let resources: Resource[];
before(async () => {
  resources = parseFeed(await (await fetch(fixture('feed-small.json'))).json()).resources;
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
    expect($$(el, '[part="chip"]').map(seen)).to.deep.equal(['Italian ×']);
    expect(await accessibleNames('button')).to.include('Remove filter: Italian');
    await expect(el).to.be.accessible();
  });

  it('shows top-level categories first, and their more precise choices on demand, indented', async () => {
    const el = await mount<RfFilters>(html`<rf-filters .resources=${resources}></rf-filters>`);
    expect(() => checkbox(el, 'Mental health')).to.throw(); // not shown until asked for
    const health = checkbox(el, 'Health').closest('li')!;
    const more = health.querySelector<HTMLButtonElement>('button.children')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(await accessibleNames('button')).to.include('Health: 1 more precise choice');
    await expandCategory(el, 'Health');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await expandCategory(el, 'Mental health');
    const peer = checkbox(el, 'Peer support').closest('li')!;
    const indent = (li: Element) => parseFloat(getComputedStyle(li).marginInlineStart);
    expect(indent(peer)).to.be.above(indent(checkbox(el, 'Mental health').closest('li')!));
    expect(indent(checkbox(el, 'Mental health').closest('li')!)).to.be.above(indent(health));
    expect(peer.hasAttribute('style')).to.equal(false); // no inline style (strict CSP)
    await expect(el).to.be.accessible();
  });

  it('gives a long group a search box that looks through every level', async () => {
    const many = parseFeed(
      Array.from({ length: 12 }, (_, i) => ({
        id: `r${i}`,
        name: `R${i}`,
        categories: [i % 2 ? `Food > Pantry ${i}` : `Legal aid > Topic ${i}`],
      })),
    ).resources;
    const el = await mount<RfFilters>(html`<rf-filters .resources=${many}></rf-filters>`);
    const group = $$(el, 'fieldset').find((f) => seen(f.querySelector('legend')!) === 'Category')!;
    const search = group.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(await accessibleNames('searchbox')).to.include('Search in Category');
    search.value = 'pantry 3';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, 'fieldset')[0]!.querySelectorAll('input[type="checkbox"]').length).to.equal(1);
    expect(seen(group.querySelector('.options')!)).to.contain('Food › Pantry 3');
    search.value = 'nothing like it';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(seen(group)).to.contain('No choice matches.');
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
    const audience = $$(el, 'fieldset').find((f) => seen(f.querySelector('legend')!) === 'For')!;
    expect(audience.querySelectorAll('input[type="checkbox"]').length).to.equal(8);
    const more = audience.querySelector<HTMLButtonElement>('.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    // Screen readers hear which group it unfolds.
    expect(await accessibleNames('button')).to.include('Show 6 more: For');
    more.click();
    await el.updateComplete;
    expect(audience.querySelectorAll('input[type="checkbox"]').length).to.equal(14);
  });
});
