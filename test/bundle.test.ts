// The drop-in file as a nonprofit uses it: one <script type="module">, loaded twice by mistake.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';

import { DEFAULT_VIEW } from '../src/core/view/view.js';
import { seen } from './helpers.js';

const bundle = new URL('../dist/resource-finder.min.js', import.meta.url).href;
/** The paths of the files the page has fetched that match `pattern`. */
const fetched = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => pattern.test(p));

/** What the first load registers: the elements that draw a finder before it has a directory. */
const FIRST = ['resource-finder', 'rf-search-box', 'rf-feed-status'];
/** What comes with the directory (results-elements), when a page or a finder first has one of them. */
const LATER = ['rf-filters', 'rf-results', 'rf-resource-card', 'rf-near-me', 'rf-my-list'];

describe('dist/resource-finder.min.js', () => {
  it('registers every element and tolerates being loaded twice', async () => {
    await import(`${bundle}?first`);
    const first = FIRST.map((t) => customElements.get(t));
    await import(`${bundle}?second`); // a second copy of the module: must not throw or redefine
    expect(FIRST.map((t) => customElements.get(t))).to.deep.equal(first);
    expect(first.every(Boolean)).to.equal(true);
    // A page that uses a card on its own gets the file that defines it, and every element is then defined.
    await mount(html`<rf-resource-card></rf-resource-card>`);
    await Promise.all(LATER.map((t) => customElements.whenDefined(t)));
    expect(LATER.every((t) => customElements.get(t))).to.equal(true);
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
    expect(seen(card.shadowRoot!.querySelector('h3')!)).to.equal('Bundled Food Bank');
  });

  it('loads and searches a large directory in the worker file beside the bundle', async () => {
    await import(`${bundle}?first`);
    const el = document.createElement('resource-finder') as unknown as HTMLElement & {
      directory?: {
        ready: Promise<void>;
        inWorker: boolean;
        answer(view: object): Promise<{ total: number }>;
      };
      loadedResources: unknown[];
    };
    el.setAttribute('worker-threshold', '1000');
    const load = new Promise((resolve) => el.addEventListener('rf-feed-load', resolve));
    el.setAttribute('src', '/api/generated-feed?size=2000&seed=8');
    document.body.append(el);
    await load;
    await el.directory!.ready;
    expect(el.directory!.inWorker).to.equal(true);
    // The page holds none of the records: the worker loaded the feed itself.
    expect(el.loadedResources).to.deep.equal([]);
    const files = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'));
    expect(files).to.include('/dist/resource-finder.worker.js');
    const view = { ...DEFAULT_VIEW, query: 'food bank' };
    expect((await el.directory!.answer(view)).total).to.be.greaterThan(0);
    el.remove();
  });

  it('loads the referral form from its own file only when a visitor asks for a referral', async () => {
    await import(`${bundle}?first`);
    const chunk = () => fetched(/^\/dist\/resource-finder-referral-elements-.+\.min\.js$/);
    expect(customElements.get('rf-referral-form')).to.equal(undefined);
    expect(chunk()).to.deep.equal([]);
    const el = await mount(
      html`<resource-finder referral-endpoint="/api/referrals">
        <script type="application/json">
          {
            "resources": [{ "id": "r", "name": "Referral Desk", "referral": { "accepts": true } }]
          }
        </script>
      </resource-finder>`,
    );
    await waitUntil(() =>
      el.shadowRoot
        ?.querySelector('rf-results')
        ?.shadowRoot?.querySelector('rf-resource-card')
        ?.shadowRoot?.querySelector('[part="referral"]'),
    );
    const card = el
      .shadowRoot!.querySelector('rf-results')!
      .shadowRoot!.querySelector('rf-resource-card')!;
    (card.shadowRoot!.querySelector('[part="referral"]') as HTMLElement).click();
    const dialog = el.shadowRoot!.querySelector('rf-referral-dialog')!;
    await waitUntil(
      () => dialog.shadowRoot?.querySelector('dialog')?.open,
      'the dialog did not open',
    );
    expect(customElements.get('rf-referral-form')).to.not.equal(undefined);
    expect(chunk()).to.have.length(1);
    const form = dialog.shadowRoot!.querySelector('rf-referral-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form'));
    expect(seen(form.shadowRoot!.querySelector('[part="submit"]')!)).to.match(/send/i);
  });

  it("loads server mode's code from its own file only for a finder with an api", async () => {
    await import(`${bundle}?first`);
    const chunk = () => fetched(/^\/dist\/resource-finder-server-directory-.+\.min\.js$/);
    expect(chunk()).to.deep.equal([]);
    const el = await mount(html`<resource-finder api="/directory-api/"></resource-finder>`);
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector('rf-results')?.shadowRoot?.querySelector('rf-resource-card'),
      'no results from the server',
      { timeout: 10_000 },
    );
    expect(chunk()).to.have.length(1);
  });
});
