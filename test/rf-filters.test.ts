import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { Resource, RfFilters } from '../src/index.js';
import { parseFeed } from '../src/index.js';
import { $$, checkbox, fixture, seen, accessibleNames } from './helpers.js';

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
    const audience = $$(el, 'fieldset').find((f) => seen(f.querySelector('legend')!) === 'For')!;
    expect(audience.querySelectorAll('input').length).to.equal(8);
    const more = audience.querySelector<HTMLButtonElement>('.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    // Screen readers hear which group it unfolds.
    expect(await accessibleNames('button')).to.include('Show 6 more: For');
    more.click();
    await el.updateComplete;
    expect(audience.querySelectorAll('input').length).to.equal(14);
  });
});
