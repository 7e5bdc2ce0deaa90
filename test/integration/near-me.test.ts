import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder, RfResourceCard } from '../../src/index.js';
import { LYON, places } from '../data.js';
import { $$, $, checkbox, filtersOf, seen, settled, shownNames } from '../helpers.js';

describe('<resource-finder> where', () => {
  it('shows distances, sorts by them and filters by radius from a given position', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="en" .resources=${places}></resource-finder>`,
    );
    await settled(el);
    el.origin = LYON;
    el.sort = 'distance';
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Near', 'Mid', 'Far', 'Secret shelter', 'Helpline']);
    const cards = $$<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card');
    expect(seen($(cards[0]!, '.badge.distance'))).to.equal('0.6 km away');
    expect(seen($(cards[2]!, '.badge.distance'))).to.equal('278 km away');
    expect($$(cards[3]!, '.badge.distance')).to.have.length(0); // confidential: no distance
    const select = $<HTMLSelectElement>($(el, 'rf-near-me'), '.radius select');
    select.value = '25';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Near', 'Mid', 'Secret shelter', 'Helpline']);
    expect(seen($($(el, 'rf-near-me'), '#where-status'))).to.contain(
      'Your position stays on this device',
    );
    await expect(el).to.be.accessible();
  });

  it('filters by city, from the feed’s own addresses', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="en" .resources=${places}></resource-finder>`,
    );
    await settled(el);
    const lyon = checkbox(filtersOf(el), 'Lyon');
    expect(seen(lyon.labels![0]!)).to.contain('3');
    lyon.click();
    await settled(el);
    expect(shownNames(el)).to.deep.equal(['Near', 'Mid', 'Secret shelter']);
  });

  it('asks for the position only when the visitor presses "Near me", and says when it is not available', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="en" .resources=${places}></resource-finder>`,
    );
    await settled(el);
    expect(seen($($(el, 'rf-near-me'), '#where-status'))).to.equal('');
    const nearMe = $$($(el, 'rf-near-me'), 'button').find((b) => seen(b) === 'Near me')!;
    nearMe.click();
    // Headless Chromium has no position to give: the finder says so instead of waiting forever.
    const status = $($(el, 'rf-near-me'), '#where-status');
    for (let i = 0; i < 100 && !seen(status).includes('not available'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(seen(status)).to.contain('Your position is not available');
    expect(el.origin).to.equal(undefined);
  });
});
