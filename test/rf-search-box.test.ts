import { expect, fixture as mount, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { RfSearchBox } from '../src/index.js';
import { $, seen } from './helpers.js';

describe('<rf-search-box>', () => {
  it('is a labelled searchbox in a search landmark', async () => {
    const el = await mount<RfSearchBox>(html`<rf-search-box></rf-search-box>`);
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    expect(seen(input.labels![0]!)).to.equal('Search resources');
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
    expect(seen($(el, 'label'))).to.equal('Find help');
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
    expect(seen($(el, 'label'))).to.equal('Rechercher');
  });
});
