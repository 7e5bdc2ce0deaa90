// Suggestions while typing (the WAI-ARIA combobox pattern) and the start screen's common needs, by keyboard and as a
// screen reader is told them.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResourceFinder } from '../../src/index.js';
import {
  $,
  $$,
  accessibleNames,
  deepActiveElement,
  seen,
  settled,
  shownNames,
} from '../helpers.js';

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;

describe('suggestions', () => {
  it('offers needs, categories and organizations as a combobox the keyboard drives', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder src=${SAMPLE}></resource-finder>`);
    await settled(el);
    const box = $<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'rf-search-box');
    const input = $<HTMLInputElement>(box, 'input');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.focus();
    await sendKeys({ type: 'foo' });
    await settled(el);
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
    const listbox = $(box, '[role="listbox"]');
    expect(input.getAttribute('aria-controls')).to.equal(listbox.id);
    const options = () => $$(box, '[role="option"]').map(seen);
    expect(options()[0]).to.equal('Food Need');
    expect(options().join(' | ')).to.contain('Food bank Category');
    // A screen reader is on a combobox named by its label, which says it is expanded.
    expect(await accessibleNames('combobox')).to.include('Search resources');
    // Down and Up move through them; focus stays in the field.
    await sendKeys({ press: 'ArrowDown' });
    await box.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('s-0');
    expect($(box, '#s-0').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await box.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('s-1');
    await sendKeys({ press: 'ArrowUp' });
    await box.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('s-0');
    expect(deepActiveElement() === input).to.equal(true);
    // Enter searches for it, and closes the list.
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(input.value).to.equal('Food');
    expect(el.query).to.equal('Food');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(shownNames(el).length).to.be.greaterThan(3);
    // Escape closes an open list first, then clears the field.
    await sendKeys({ type: ' ban' });
    await settled(el);
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'Escape' });
    await box.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Food ban');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(input.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('offers the common needs before anything is typed, in the visitor’s language', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="fr" src=${SAMPLE}></resource-finder>`,
    );
    await settled(el);
    const picks = $(el, '[part="quick-picks"]');
    expect(picks.getAttribute('aria-label')).to.equal('Besoins fréquents');
    const buttons = [...picks.querySelectorAll<HTMLButtonElement>('button')];
    const names = buttons.map(seen);
    expect(names).to.include.members(['Alimentation', 'Hébergement', 'Aide juridique']);
    buttons.find((b) => seen(b) === 'Hébergement')!.click();
    await settled(el);
    expect(el.query).to.equal('Hébergement');
    expect(shownNames(el).slice(0, 5).join(' | ')).to.match(
      /hébergement|Shelter|Dormitorio|Refuge/i,
    );
    expect(
      deepActiveElement() === $(el, 'rf-search-box').shadowRoot!.querySelector('input'),
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="quick-picks"]')).to.equal(null);
  });

  it('offers “Did you mean” when nothing matches, and searches for it when chosen', async () => {
    const el = await mount<ResourceFinder>(html`<resource-finder src=${SAMPLE}></resource-finder>`);
    await settled(el);
    el.query = 'fod ';
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="did-you-mean"]'), 'no correction');
    const offer = $(el, '[part="did-you-mean"]');
    expect(seen(offer)).to.equal('Did you mean food?');
    expect(shownNames(el)).to.deep.equal([]);
    offer.querySelector('button')!.click();
    await settled(el);
    expect(el.query).to.equal('food');
    expect(shownNames(el).length).to.be.greaterThan(3);
    expect(el.shadowRoot!.querySelector('[part="did-you-mean"]')).to.equal(null);
  });
});
