// Quick exit and safe mode, on a real page in an iframe: the navigation really happens.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResourceFinder } from '../../src/index.js';
import { $, checkbox, filtersOf, finderInFrame, seen, seenDeep, settled } from '../helpers.js';

function page(): Promise<{ frame: HTMLIFrameElement; finder: ResourceFinder }> {
  return finderInFrame('/test/fixtures/quick-exit.html', { width: 1000, height: 700 });
}

async function leftFor(frame: HTMLIFrameElement, historyBefore: number): Promise<void> {
  await waitUntil(
    () => frame.contentWindow?.location.pathname === '/test/fixtures/neutral.html',
    'did not leave',
    { timeout: 5000 },
  );
  expect(frame.contentWindow!.location.search).to.equal('?from=finder');
  // location.replace: no new history entry, so Back cannot return to the finder.
  expect(frame.contentWindow!.history.length).to.equal(historyBefore);
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('quick exit', () => {
  it('shows a clearly labelled button that leaves with location.replace', async () => {
    const { frame, finder } = await page();
    const button = $(finder, '[part="quick-exit"]');
    expect(seen(button)).to.equal('Quick exit or press Shift 3 times');
    expect(getComputedStyle(button).position).to.equal('fixed');
    const before = frame.contentWindow!.history.length;
    button.click();
    await leftFor(frame, before);
  });

  it('leaves on three presses of Shift', async () => {
    const { frame, finder } = await page();
    const before = frame.contentWindow!.history.length;
    $($(finder, 'rf-search-box'), 'input').focus();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await leftFor(frame, before);
  });

  it('says each press to screen readers, starts again after another key, and hides the page at once', async () => {
    const { frame, finder } = await page();
    const status = () =>
      seenDeep(finder.shadowRoot!.querySelector('.quick-exit ~ [role="status"]')!).trim();
    const live = finder.shadowRoot!.querySelector('.quick-exit ~ [role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    $($(finder, 'rf-search-box'), 'input').focus();
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status() === 'Shift, press 2 more times to exit.');
    await sendKeys({ press: 'a' }); // any other key starts again
    await waitUntil(() => status() === '');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status() === 'Shift, press 1 more time to exit.');
    const overlay = finder.shadowRoot!.querySelector<HTMLElement>('.exit-overlay')!;
    expect(overlay.matches(':popover-open')).to.equal(false);
    const before = frame.contentWindow!.history.length;
    $(finder, '[part="quick-exit"]').click();
    // Covered in the same task, before the browser starts to leave.
    expect(overlay.matches(':popover-open')).to.equal(true);
    const rect = overlay.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([1000, 700]);
    await leftFor(frame, before);
    // The neutral site does not learn where the visitor was.
    expect(frame.contentDocument!.referrer).to.equal('');
  });

  it('leaves while the referral dialog is open, covering it too', async () => {
    const { frame, finder } = await page();
    (finder as unknown as { resources: unknown[] }).resources = [
      {
        id: 'pride',
        name: 'Village Pride',
        referral: { accepts: true, endpoint: '/api/referrals' },
      },
    ];
    // (Records given by code are read with the page's reading code, loaded first.)
    await waitUntil(() =>
      finder.shadowRoot
        ?.querySelector('rf-results')
        ?.shadowRoot?.querySelector('rf-resource-card')
        ?.shadowRoot?.querySelector('[part="referral"]'),
    );
    $(
      $(finder, 'rf-results').shadowRoot!.querySelector('rf-resource-card')!,
      '[part="referral"]',
    ).click();
    const dialog = $(finder, 'rf-referral-dialog');
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('dialog')?.open,
      'the dialog did not open',
    );
    const before = frame.contentWindow!.history.length;
    const overlay = finder.shadowRoot!.querySelector<HTMLElement>('.exit-overlay')!;
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await leftFor(frame, before);
    expect(overlay.matches(':popover-open')).to.equal(true); // it was shown above the open dialog
  });

  it('takes its cover away when the visitor comes back through the browser’s cache', async () => {
    const { frame, finder } = await page();
    const overlay = finder.shadowRoot!.querySelector<HTMLElement>('.exit-overlay')!;
    $(finder, '[part="quick-exit"]').click();
    expect(overlay.matches(':popover-open')).to.equal(true);
    // What the browser fires when it shows this page again from its back-forward cache.
    const win = frame.contentWindow! as Window & typeof globalThis;
    win.dispatchEvent(new win.PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay.matches(':popover-open')).to.equal(false);
  });

  it('is accessible, and refuses non-web URLs', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder
        quick-exit="javascript:alert(1)"
        .resources=${[{ id: 'a', name: 'A' }]}
      ></resource-finder>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="quick-exit"]')).to.equal(null);
    el.quickExit = 'https://www.example.org/weather';
    await el.updateComplete;
    expect(seen($(el, '[part="quick-exit"]'))).to.contain('Quick exit');
    await expect(el).to.be.accessible();
  });
});

describe('safe mode', () => {
  it('is on with quick exit, and off unless asked', async () => {
    const plain = await mount<ResourceFinder>(
      html`<resource-finder .resources=${[{ id: 'a', name: 'A' }]}></resource-finder>`,
    );
    expect(plain.safe).to.equal(false);
    const asked = await mount<ResourceFinder>(
      html`<resource-finder safe-mode .resources=${[{ id: 'a', name: 'A' }]}></resource-finder>`,
    );
    expect(asked.safe).to.equal(true);
    const exit = await mount<ResourceFinder>(
      html`<resource-finder
        quick-exit="https://www.example.org"
        .resources=${[{ id: 'a', name: 'A' }]}
      ></resource-finder>`,
    );
    expect(exit.safe).to.equal(true);
    exit.safeMode = 'off';
    expect(exit.safe).to.equal(false);
  });

  it('writes nothing to storage or history while the visitor searches, filters and opens a resource', async () => {
    const { frame, finder } = await page();
    const win = frame.contentWindow!;
    const before = { history: win.history.length, url: win.location.href };
    win.localStorage.clear();
    win.sessionStorage.clear();
    const input = $<HTMLInputElement>($(finder, 'rf-search-box'), 'input');
    input.value = 'shelter';
    input.dispatchEvent(new Event('input'));
    await settled(finder);
    checkbox(filtersOf(finder), 'Free only').click();
    await settled(finder);
    $($($(finder, 'rf-results'), 'rf-resource-card'), '[part="toggle"]').click();
    await settled(finder);
    expect(finder.safe).to.equal(true);
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    expect(win.history.length).to.equal(before.history);
    expect(win.location.href).to.equal(before.url);
    expect(win.document.cookie).to.equal('');
  });
});
