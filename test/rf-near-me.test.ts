import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { RfNearMe } from '../src/index.js';
import { $, $$, deepActiveElement } from './helpers.js';

const LYON = { lat: 45.76, lng: 4.84 };

describe('<rf-near-me>', () => {
  it('offers "Near me" and nothing else until a position is known', async () => {
    const el = await mount<RfNearMe>(html`<rf-near-me></rf-near-me>`);
    const buttons = $$<HTMLButtonElement>(el, 'button');
    expect(buttons.map((b) => b.innerText.trim())).to.deep.equal(['Near me']);
    expect($$(el, 'select')).to.have.length(0);
    expect($(el, '#where-status').checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('with a position, offers a radius and a way to forget it, and says what changed', async () => {
    const el = await mount<RfNearMe>(html`<rf-near-me .origin=${LYON}></rf-near-me>`);
    expect($(el, '#where-status').innerText).to.equal(
      'Sorted by distance from you. Your position stays on this device.',
    );
    const select = $<HTMLSelectElement>(el, 'select');
    expect(select.labels![0]!.innerText).to.contain('Within');
    expect([...select.options].map((o) => o.text)).to.deep.equal([
      'Any distance',
      '1 km',
      '2 km',
      '5 km',
      '10 km',
      '25 km',
      '50 km',
    ]);
    await expect(el).to.be.accessible();

    let fired = oneEvent(el, 'rf-origin-change');
    select.value = '5';
    select.dispatchEvent(new Event('change'));
    expect((await fired).detail).to.deep.equal({ origin: LYON, radius: 5 });

    const forget = $$<HTMLButtonElement>(el, 'button').find(
      (b) => b.innerText.trim() === 'Forget my position',
    )!;
    forget.focus();
    fired = oneEvent(el, 'rf-origin-change');
    await sendKeys({ press: 'Enter' });
    expect((await fired).detail).to.deep.equal({ radius: 0 });
  });

  it('speaks the finder’s language or its own', async () => {
    const el = await mount<RfNearMe>(html`<rf-near-me ui-lang="fr" .origin=${LYON}></rf-near-me>`);
    expect($$(el, 'button')[0]!.innerText.trim()).to.equal('Près de moi');
    expect($<HTMLSelectElement>(el, 'select').options[3]!.text).to.equal(
      new Intl.NumberFormat('fr', { style: 'unit', unit: 'kilometer' }).format(5),
    );
  });

  it('is reached by keyboard', async () => {
    const el = await mount<RfNearMe>(html`<rf-near-me></rf-near-me>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).innerText.trim()).to.equal('Near me');
    before.remove();
  });
});
