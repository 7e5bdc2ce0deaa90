// A person in danger now: the finder puts crisis lines first and says, calmly, who to call. Nothing is sent.
import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder } from '../../src/index.js';
import { $, accessibleNames, seen, settled, shownNames } from '../helpers.js';

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;

async function search(el: ResourceFinder, query: string): Promise<void> {
  el.query = query;
  await settled(el);
  await el.updateComplete;
}

describe('a person in danger now', () => {
  it('sees crisis lines first, with a calm note naming them and the host’s emergency number', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder emergency-number="112" src=${SAMPLE}></resource-finder>`,
    );
    await settled(el);
    await search(el, 'i want to end my life');
    const note = $(el, '[part="crisis"]');
    expect(seen(note)).to.contain('Help is available now');
    expect(seen(note)).to.contain('If you are in danger, call 112 now.');
    expect(note.querySelector<HTMLAnchorElement>('a')!.href).to.equal('tel:112');
    const first = shownNames(el).slice(0, 2);
    expect(seen(note)).to.contain(`The services listed first (${first[0]} and ${first[1]})`);
    // The first results are listening lines and crisis services.
    expect(first.join(' ')).to.match(/Line|Ligne|Telefono|Listening/);
    // A screen reader finds the note by its name, among the page's notes or headings.
    expect(await accessibleNames('heading')).to.include('Help is available now');
    await expect(el).to.be.accessible();
  });

  it('says it in the visitor’s language, and assumes no number the host did not give', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder lang="fr" src=${SAMPLE}></resource-finder>`,
    );
    await settled(el);
    await search(el, 'mon mari me frappe');
    const note = $(el, '[part="crisis"]');
    expect(seen(note)).to.contain('appelez maintenant le numéro d’urgence local');
    expect(note.querySelector('a')).to.equal(null);
    await search(el, 'housing crisis center');
    expect(el.shadowRoot!.querySelector('[part="crisis"]')).to.equal(null);
    await search(el, 'violences conjugales');
    expect(el.shadowRoot!.querySelector('[part="crisis"]')).to.equal(null);
  });
});
