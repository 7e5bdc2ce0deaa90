// The drop-in when the file of what a finder draws from its directory (results, cards, filters) fails to arrive once:
// the visitor is told, and "Try again" brings the results. A page of its own: the drop-in comes from /dist-flaky/.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { $, accessibleNames, seen } from './helpers.js';

const bundle = '/dist-flaky/resource-finder.min.js';

describe('the drop-in when a file it loads on demand fails once', () => {
  it('says the results cannot be shown, and shows them when the visitor tries again', async () => {
    await import(/* @vite-ignore */ bundle);
    const el = await mount(
      html`<resource-finder>
        <script type="application/json">
          { "resources": [{ "id": "a", "name": "Harbour Food Bank", "categories": ["Food"] }] }
        </script>
      </resource-finder>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="answer-failed"]'), 'no note', {
      timeout: 10_000,
    });
    const note = $(el, '[part="answer-failed"]');
    expect(seen(note)).to.contain('The results cannot be shown: part of this page did not load.');
    expect(note.getAttribute('role')).to.equal('alert');
    expect(await accessibleNames('button')).to.include('Try again');

    note.querySelector('button')!.click();
    await waitUntil(
      () =>
        el.shadowRoot
          ?.querySelector('rf-results')
          ?.shadowRoot?.querySelector('rf-resource-card')
          ?.shadowRoot?.querySelector('h3'),
      'no results after trying again',
      { timeout: 10_000 },
    );
    const card = $($(el, 'rf-results'), 'rf-resource-card');
    expect(seen($(card, 'h3'))).to.equal('Harbour Food Bank');
    expect(el.shadowRoot!.querySelector('[part="answer-failed"]')).to.equal(null);
  });
});
