import { expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { parseFeed, type RfMyList, type RfResourceCard } from '../src/index.js';
import { $$, $, accessibleNames, seen } from './helpers.js';

const { resources } = parseFeed({
  resources: [
    { id: 'pantry', name: 'Community Pantry', phones: [{ number: '+44 161 000 1111' }] },
    { id: 'refuge', name: 'Safe Refuge' },
  ],
});

describe('<rf-my-list>', () => {
  it('is a disclosure button that shows the list, empty at first', async () => {
    const el = await mount<RfMyList>(html`<rf-my-list></rf-my-list>`);
    const toggle = $<HTMLButtonElement>(el, '[part="list-toggle"]');
    expect(toggle.innerText.trim()).to.equal('My list (0)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#my-list').checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#my-list').checkVisibility()).to.equal(true);
    expect($(el, '#my-list').innerText).to.contain('Nothing saved yet.');
    await expect(el).to.be.accessible();
  });

  it('lists the saved resources and says when the visitor removes one or clears the list', async () => {
    const el = await mount<RfMyList>(html`<rf-my-list open .resources=${resources}></rf-my-list>`);
    expect($(el, '[part="list-toggle"]').innerText.trim()).to.equal('My list (2)');
    const cards = $$<RfResourceCard>(el, 'li rf-resource-card');
    await Promise.all(cards.map((c) => c.updateComplete));
    // Each entry shows what a visitor needs to get in touch, and opens in place.
    expect(cards.map((c) => seen($(c, 'h3')))).to.deep.equal(['Community Pantry', 'Safe Refuge']);
    const pantry = cards[0]!;
    expect($<HTMLAnchorElement>(pantry, 'a[href^="tel:"]').href).to.equal('tel:+441610001111');
    expect(pantry.shadowRoot!.querySelector('[part="save"]')).to.equal(null);
    $(pantry, '[part="toggle"]').click();
    await pantry.updateComplete;
    expect($(pantry, '[part="details"]').checkVisibility()).to.equal(true);
    const removes = $$<HTMLButtonElement>(el, 'li button.remove');
    // Each Remove button names what it removes for screen readers.
    expect(await accessibleNames('button')).to.include.members([
      'Remove: Community Pantry',
      'Remove: Safe Refuge',
    ]);
    await expect(el).to.be.accessible();
    let fired = oneEvent(el, 'rf-list-change');
    removes[0]!.click();
    expect((await fired).detail).to.deep.equal({ ids: ['refuge'] });
    fired = oneEvent(el, 'rf-list-change');
    $$<HTMLButtonElement>(el, '.list-actions button')
      .find((b) => b.innerText.trim() === 'Clear the list')!
      .click();
    expect((await fired).detail).to.deep.equal({ ids: [] });
  });

  it('offers the list to share as a link', async () => {
    const el = await mount<RfMyList>(html`<rf-my-list open .resources=${resources}></rf-my-list>`);
    $$<HTMLButtonElement>(el, '.list-actions button')
      .find((b) => b.innerText.trim() === 'Share the list')!
      .click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="list-share"]'),
      'no sharing options',
    );
    const share = $(el, '[part="list-share"]');
    expect(share.checkVisibility()).to.equal(true);
    expect(share.querySelector<HTMLInputElement>('input')!.value).to.match(
      /rf-list=pantry%2Crefuge$/,
    );
    await expect(el).to.be.accessible();
  });
});
