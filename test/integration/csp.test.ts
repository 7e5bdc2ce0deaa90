// The drop-in under the strictest Content-Security-Policy a careful site uses (test/server/middleware.mjs
// strictCspPage: no inline style or script, workers and connections to the page's origin only, Trusted Types
// enforced): a large directory loaded and searched in its worker, a referral form opened, a resource printed, and
// not one violation reported.
import { expect, waitUntil } from '@open-wc/testing';
import type { ResourceFinder } from '../../src/index.js';
import { $, $$, seen } from '../helpers.js';

type Finder = ResourceFinder & { directory?: { inWorker?: boolean } };

const cards = (finder: Element): HTMLElement[] => {
  const results = finder.shadowRoot?.querySelector('rf-results');
  return results ? $$(results, 'rf-resource-card') : [];
};
const count = (finder: Element) => seen($($(finder, 'rf-results'), '.count'));

describe('under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  /** Opens the strict-CSP page at `path` in a frame of its own, and waits for it to load. */
  async function open(path: string): Promise<void> {
    frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '900px';
    frame.src = path;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
  }

  /** Opens the map of the page's finder with tiles (its Map button comes with its tools, once all is loaded). */
  async function openMap(): Promise<Finder> {
    const mapped = frame.contentDocument!.getElementById('mapped') as Finder;
    const button = () => $$(mapped, 'button').find((b) => seen(b) === 'Map');
    await waitUntil(button, 'no Map button', { timeout: 20_000 });
    button()!.click();
    return mapped;
  }

  it('loads a large directory into its worker, searches it, opens a referral form and prints, with no violation', async () => {
    await open('/csp/finder.html');
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const doc = frame.contentDocument!;
    const large = doc.getElementById('large') as Finder;
    const sample = doc.getElementById('sample') as Finder;
    await waitUntil(
      () => cards(large).length > 0 && cards(sample).length > 0,
      'the finders did not show results',
      { timeout: 20_000 },
    );

    // The large directory lives in its worker (Trusted Types allowed the worker's URL).
    expect(large.directory?.inWorker).to.equal(true);
    await waitUntil(() => count(large) === '2,000 resources', 'not all 2,000 loaded', {
      timeout: 15_000,
    });
    large.query = 'food';
    await waitUntil(() => count(large) !== '2,000 resources', 'the search did not answer', {
      timeout: 10_000,
    });

    // A referral form, in its dialog.
    const referable = cards(sample).find((c) => c.shadowRoot?.querySelector('[part="referral"]'));
    expect(referable, 'a resource that takes referrals').to.not.equal(undefined);
    $(referable!, '[part="referral"]').click();
    const dialog = $(sample, 'rf-referral-dialog');
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'no referral dialog');
    const form = dialog.shadowRoot!.querySelector('rf-referral-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form'));
    expect(getComputedStyle(form.shadowRoot!.querySelector('.honeypot')!).display).to.equal('none');
    dialog.shadowRoot!.querySelector('dialog')!.close();

    // Printing: the print frame is styled, under the same policy.
    $(cards(sample)[0]!, '[part="print"]').click();
    await waitUntil(() => doc.querySelector('iframe[data-rf-print]'), 'no print frame');
    const printed = doc.querySelector<HTMLIFrameElement>('iframe[data-rf-print]')!.contentDocument!;
    const label = printed.querySelector('.label');
    if (label) expect(getComputedStyle(label).fontWeight).to.equal('600');
    expect(getComputedStyle(printed.body).fontFamily).to.contain('sans-serif');

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.cspViolations).to.deep.equal([]);

    // The policy and the watcher are really there: an inline style attribute is reported.
    const inline = doc.createElement('p');
    inline.setAttribute('style', 'color: red');
    doc.body.append(inline);
    await waitUntil(() => win.cspViolations.length > 0, 'the policy reported nothing');
    expect(win.cspViolations[0]).to.match(/^style-src/);
  });

  it('says the map cannot be shown where Trusted Types are enforced, and keeps the list', async () => {
    await open('/csp/finder.html');
    const mapped = await openMap();
    // Leaflet 1.9 writes HTML strings, which require-trusted-types-for 'script' refuses: the map's file cannot run.
    await waitUntil(() => mapped.shadowRoot!.querySelector('[part="map-failed"]'), 'nothing said', {
      timeout: 10_000,
    });
    expect(seen($(mapped, '[part="map-failed"]'))).to.equal(
      'The map cannot be shown on this page. Every result is in the list.',
    );
    expect(cards(mapped).length).to.be.greaterThan(0);
  });

  it('shows the map under the same policy without Trusted Types, with no violation', async () => {
    await open('/csp/finder.html?trusted-types=off');
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const mapped = await openMap();
    await waitUntil(
      () =>
        mapped
          .shadowRoot!.querySelector('rf-map')
          ?.shadowRoot?.querySelector('.rf-pin, .rf-cluster'),
      'no markers',
      { timeout: 10_000 },
    );
    await waitUntil(
      () =>
        frame
          .contentWindow!.performance.getEntriesByType('resource')
          .some((e) => e.name.includes('/tiles/')),
      'no tiles',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.cspViolations).to.deep.equal([]);
  });
});
