// The embed configurator (dist/configurator/, built): a nonprofit's feed previewed live, the validator's report in
// plain words, colours checked against WCAG AA, and the snippet it gives, pasted into a blank page, showing what the
// preview showed.
import { expect, waitUntil } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/index.js';
import { $, fixture, seen, settled, shownNames } from '../helpers.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens a page in a frame of the test page (same origin), and waits for it to load. */
async function frame(attributes: { src?: string; srcdoc?: string }): Promise<Document> {
  const f = document.createElement('iframe');
  f.style.cssText = 'width: 1200px; height: 900px';
  Object.assign(f, attributes);
  frames.push(f);
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return f.contentDocument!;
}

async function openConfigurator(feed: string, ui = 'en'): Promise<ShadowRoot> {
  const doc = await frame({
    src: `/dist/configurator/index.html?ui=${ui}&feed=${encodeURIComponent(feed)}`,
  });
  await waitUntil(() =>
    doc.querySelector('rf-embed-configurator')?.shadowRoot?.querySelector('form'),
  );
  return doc.querySelector('rf-embed-configurator')!.shadowRoot!;
}

/** The snippet as a person copies it: its text, line breaks and all. */
const snippetOf = (root: ShadowRoot) => root.querySelector<HTMLElement>('#snippet')!.innerText;

const configurator = (root: ShadowRoot) =>
  root.host as HTMLElement & { updateComplete: Promise<boolean> };

/** Changes a control as a person does: its value, then the event the page listens to. */
async function change(
  root: ShadowRoot,
  selector: string,
  value: string | boolean,
  type = 'change',
) {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
  await configurator(root).updateComplete;
}

/** The finder of a page, once it has loaded. */
async function finderOf(doc: Document): Promise<ResourceFinder> {
  await waitUntil(() => doc.querySelector('resource-finder')?.shadowRoot, 'no finder', {
    timeout: 6000,
  });
  const finder = doc.querySelector('resource-finder') as ResourceFinder;
  await settled(finder);
  return finder;
}

/**
 * The preview's page (the snippet in a blank page, as the configurator draws it), once it is the snippet's: its
 * finder has the snippet's attributes and its style the snippet's colours.
 */
async function preview(root: ShadowRoot): Promise<Document> {
  const snippet = new DOMParser().parseFromString(snippetOf(root), 'text/html');
  const tag = snippet.querySelector('resource-finder')!;
  await waitUntil(
    () => {
      const doc = root.querySelector('iframe')?.contentDocument;
      const finder = doc?.querySelector('resource-finder');
      return (
        finder &&
        [...tag.attributes].every((a) => finder.getAttribute(a.name) === a.value) &&
        (doc!.querySelector('style')?.textContent ?? '') ===
          (snippet.querySelector('style')?.textContent ?? '')
      );
    },
    'the preview does not show the snippet',
    { timeout: 5000 },
  );
  return root.querySelector('iframe')!.contentDocument!;
}

/** What a visitor sees of a finder: its results, its search box's label, its first button's colours. */
function looks(finder: ResourceFinder) {
  const search = $(finder, 'rf-search-box');
  const label = search.shadowRoot!.querySelector('label')!;
  const card = $(finder, 'rf-results').shadowRoot!.querySelector('rf-resource-card')!;
  const primary = card.shadowRoot!.querySelector<HTMLElement>('.button.primary')!;
  const style = getComputedStyle(primary);
  return {
    names: shownNames(finder),
    label: seen(label),
    lang: finder.getAttribute('lang'),
    quickExit: !!finder.shadowRoot!.querySelector('[part~="quick-exit"]'),
    button: [style.backgroundColor, style.color],
  };
}

describe('the embed configurator', () => {
  it('gives a snippet that, pasted into a blank page, shows what its preview showed', async () => {
    const root = await openConfigurator(fixture('feed-small.json'));
    await change(root, 'select[name="lang"]', 'fr');
    await change(root, 'input[name="quick-exit"]', true);
    const useColours = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (i) => i.closest('label')!.textContent!.includes('Use my own colours'),
    )!;
    useColours.click();
    await configurator(root).updateComplete;
    await change(root, 'input[name="accent"]', '#7a1f5c', 'input');
    expect(seen(root.querySelector('#contrast')!)).to.match(/^Readable: text on the main colour/);
    const snippet = snippetOf(root);
    expect(snippet).to.contain('<resource-finder src="');
    expect(snippet).to.contain(' lang="fr"');
    expect(snippet).to.contain('--rf-color-accent: #7a1f5c;');

    const shown = looks(await finderOf(await preview(root)));
    expect(shown.names).to.have.length(6);
    expect(shown.lang).to.equal('fr');
    expect(shown.quickExit).to.equal(true);
    expect(shown.button[0]).to.equal('rgb(122, 31, 92)');

    // Pasted into a blank page of its own: the same directory, words, features and colours.
    const pasted = await frame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${snippet}\n</body></html>`,
    });
    expect(looks(await finderOf(pasted))).to.deep.equal(shown);

    // The policy names the colours' style by its hash.
    const style = pasted.querySelector('style')!.textContent!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(seen(root.querySelector('#csp')!)).to.contain(`style-src 'self' 'sha256-${hash}'`);
  });

  it('rejects a colour pair that is not readable enough, and keeps it out of the snippet', async () => {
    const root = await openConfigurator(fixture('feed-small.json'));
    [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .find((i) => i.closest('label')!.textContent!.includes('Use my own colours'))!
      .click();
    await configurator(root).updateComplete;
    await change(root, 'input[name="accent"]', '#ffd400', 'input');
    const said = root.querySelector('#contrast')!;
    expect(said.getAttribute('role')).to.equal('status');
    expect(seen(said)).to.contain(
      'Not readable enough for everyone: text on the main colour 1.4:1',
    );
    expect(seen(said)).to.contain('These colours are not used');
    const snippet = snippetOf(root);
    expect(snippet).not.to.contain('<style>');
    expect(snippet).not.to.contain('#ffd400');
    const shown = looks(await finderOf(await preview(root)));
    expect(shown.button[0]).not.to.equal('rgb(255, 212, 0)');
    // A readable pair is taken.
    await change(root, 'input[name="on-accent"]', '#1d2327', 'input');
    expect(seen(root.querySelector('#contrast')!)).to.contain('Not readable enough');
    expect(seen(root.querySelector('#contrast')!)).to.contain('the main colour as text on white');
    await change(root, 'input[name="accent"]', '#0b5394', 'input');
    await change(root, 'input[name="on-accent"]', '#ffffff', 'input');
    expect(seen(root.querySelector('#contrast')!)).to.match(/^Readable/);
    expect(snippetOf(root)).to.contain('--rf-color-accent: #0b5394;');
  });

  it('says what is wrong in a spreadsheet, in plain words, by row and column', async () => {
    const root = await openConfigurator(fixture('sheet-bad-rows.csv'));
    await waitUntil(() => /can be shown/.test(seen(root.querySelector('.report') ?? root.host)));
    const report = seen(root.querySelector('.report')!);
    expect(report).to.contain('4 of 5 resources can be shown; 1 cannot.');
    expect(report).to.contain(
      'row 5 (id legal-aid-clinic), column Free: "maybe" is neither yes nor no',
    );
    expect(shownNames(await finderOf(await preview(root)))).to.have.length(4);
  });

  it('speaks French to a French maintainer, the problems in their data too', async () => {
    const root = await openConfigurator(fixture('sheet-bad-rows.csv'), 'fr');
    await waitUntil(() =>
      /peuvent être affichées/.test(seen(root.querySelector('.report') ?? root.host)),
    );
    expect(seen(root.querySelector('h1')!)).to.equal('Mettre votre annuaire sur votre site');
    expect(root.host.ownerDocument.documentElement.lang).to.equal('fr');
    const report = seen(root.querySelector('.report')!);
    expect(report).to.contain('4 ressources sur 5 peuvent être affichées ; 1 ne le peut pas.');
    expect(report).to.contain(
      'ligne 5 (id legal-aid-clinic), colonne Free : « maybe » n’est ni oui ni non ; la valeur est ignorée',
    );
    // Arabic is written right to left.
    await change(root, 'select[name="ui"]', 'ar');
    expect(root.host.ownerDocument.documentElement.dir).to.equal('rtl');
    expect(seen(root.querySelector('h1')!)).to.equal('ضع دليلك على موقعك');
  });
});
