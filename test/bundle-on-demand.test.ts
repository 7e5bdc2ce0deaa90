// The drop-in's first load and the files it fetches later, as a visitor's browser sees them: a page of its own, so
// that nothing an earlier test did has fetched them already.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, seen } from './helpers.js';

const bundle = new URL('../dist/resource-finder.min.js', import.meta.url).href;
/** The names of the drop-in's files the page has fetched (hashes left out): "fr", "needs", "page-directory". */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .map((p) => /^\/dist\/resource-finder-(.+)-[\w-]{8}\.min\.js$/.exec(p)?.[1])
    .filter((name): name is string => !!name);

type Finder = HTMLElement & { updateComplete: Promise<boolean> };

/** The first card's name, once the results are drawn. */
async function firstName(el: Finder): Promise<string> {
  await waitUntil(() => el.shadowRoot?.querySelector('rf-results'), 'no results', {
    timeout: 10_000,
  });
  const results = $(el, 'rf-results');
  await waitUntil(() => results.shadowRoot?.querySelector('rf-resource-card'), 'no card', {
    timeout: 10_000,
  });
  const card = $(results, 'rf-resource-card');
  await waitUntil(() => card.shadowRoot?.querySelector('h3'));
  return seen($(card, 'h3'));
}

describe('the first load and the files loaded on demand', () => {
  it('searches a large feed in its worker with nothing else fetched; typing brings the needs vocabulary', async () => {
    await import(bundle);
    const el = await mount<Finder>(
      html`<resource-finder
        worker-threshold="100"
        src=${'/api/generated-feed?size=400&seed=3'}
      ></resource-finder>`,
    );
    await firstName(el);
    await waitUntil(() => $(el, 'rf-feed-status').getAttribute('state') === 'ready');
    // The start screen: in English, its common needs offered, with no other file than the worker's and the one of what
    // is drawn from the directory (results, cards, filters, "Near me", "My list": asked for when the finder started,
    // with the opening hours its cards read).
    expect(seen($(el, '[part="quick-picks"] button'))).to.equal('Food');
    expect(fetched().sort()).to.deep.equal(['hours', 'results-elements']);
    const tools = $(el, '[part="where"]');
    await waitUntil(() => tools.shadowRoot?.querySelector('button'), 'no Near me button');
    expect(seen($(tools, 'button'))).to.equal('Near me');
    expect(seen($($(el, 'rf-my-list'), '[part="list-toggle"]'))).to.equal('My list (0)');
    expect(
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('.worker.js')),
    ).to.equal(true);

    // Focus in the search box and a word typed: the suggestions' file and the vocabulary arrive, and the needs are
    // suggested.
    const box = $(el, 'rf-search-box');
    $<HTMLInputElement>(box, 'input').focus();
    await sendKeys({ type: 'hung' });
    await waitUntil(() => box.shadowRoot?.querySelector('[role="option"]'), 'no suggestions', {
      timeout: 5000,
    });
    expect($$(box, '[role="option"]').map(seen)).to.include('Food Need');
    expect(fetched().sort()).to.deep.equal([
      'hours',
      'needs',
      'results-elements',
      'suggest',
      'vocabulary',
    ]);
    // The page's own reading and search code is never needed: the worker holds the directory.
    expect(fetched()).not.to.include('page-directory');
  });

  it('says that a person is in danger with the first results, its words fetched with the vocabulary', async () => {
    await import(bundle);
    const el = await mount<Finder>(
      html`<resource-finder
        query="i want to end my life"
        worker-threshold="100"
        src=${'/api/generated-feed?size=200&seed=5'}
      ></resource-finder>`,
    );
    await firstName(el);
    // The words of danger come with the needs vocabulary, asked for as soon as the view has a query: the note is there
    // with the first results.
    expect(seen($(el, '[part="crisis"] h2'))).to.equal('Help is available now');
    expect(fetched()).to.include('vocabulary');
    expect(fetched()).not.to.include('page-directory');
  });

  it('fetches a language once, when a finder is shown in it, and draws nothing in English first', async () => {
    await import(bundle);
    expect(fetched()).not.to.include('fr');
    const el = document.createElement('resource-finder') as Finder;
    el.setAttribute('lang', 'fr');
    el.innerHTML =
      '<script type="application/json">{"resources": [{"id": "a", "name": "Banque alimentaire"}]}</script>';
    const drawn: string[] = [];
    // Every heading the results ever show, from the first one.
    const watch = new MutationObserver(() => {
      const heading = el.shadowRoot
        ?.querySelector('rf-results')
        ?.shadowRoot?.querySelector('#results-heading');
      if (heading) drawn.push(seen(heading));
    });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot, 'no shadow root');
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    expect(await firstName(el)).to.equal('Banque alimentaire');
    await el.updateComplete;
    expect(seen($($(el, 'rf-results'), '#results-heading'))).to.equal('Résultats');
    expect(drawn).not.to.include('Results');
    expect(fetched().filter((name) => name === 'fr')).to.have.length(1);
    // A second finder in French fetches nothing more.
    const other = await mount<Finder>(
      html`<resource-finder lang="fr">
        <script type="application/json">
          { "resources": [{ "id": "b", "name": "Halte de nuit" }] }
        </script>
      </resource-finder>`,
    );
    expect(await firstName(other)).to.equal('Halte de nuit');
    expect(fetched().filter((name) => name === 'fr')).to.have.length(1);
    watch.disconnect();
    el.remove();
  });

  it('starts the worker from the file a page names (worker-url), for builds that copy no asset', async () => {
    await import(bundle);
    const el = await mount<Finder & { directory?: { inWorker?: boolean } }>(
      html`<resource-finder
        worker-threshold="100"
        worker-url="/dist/resource-finder.worker.js?named"
        src=${'/api/generated-feed?size=300&seed=9'}
      ></resource-finder>`,
    );
    await firstName(el);
    expect(el.directory?.inWorker).to.equal(true);
    const named = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/dist/resource-finder.worker.js?named'));
    expect(named).to.have.length(1);
  });
});
