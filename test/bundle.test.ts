// The drop-in file as a nonprofit uses it: one <script type="module">, loaded twice by mistake.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';

const bundle = new URL('../dist/resource-finder.min.js', import.meta.url).href;
const TAGS = ['resource-finder', 'rf-search-box', 'rf-filters', 'rf-results', 'rf-resource-card'];

describe('dist/resource-finder.min.js', () => {
  it('registers every element and tolerates being loaded twice', async () => {
    await import(`${bundle}?first`);
    const first = TAGS.map((t) => customElements.get(t));
    await import(`${bundle}?second`); // a second copy of the module: must not throw or redefine
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    expect(first.every(Boolean)).to.equal(true);
  });

  it('renders a finder from an inline feed', async () => {
    await import(`${bundle}?first`);
    const el = await mount(
      html`<resource-finder>
        <script type="application/json">
          { "resources": [{ "id": "a", "name": "Bundled Food Bank", "categories": ["Food"] }] }
        </script>
      </resource-finder>`,
    );
    await waitUntil(() =>
      el.shadowRoot?.querySelector('rf-results')?.shadowRoot?.querySelector('rf-resource-card'),
    );
    const card = el
      .shadowRoot!.querySelector('rf-results')!
      .shadowRoot!.querySelector('rf-resource-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('h3'));
    expect(card.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal('Bundled Food Bank');
  });
});
