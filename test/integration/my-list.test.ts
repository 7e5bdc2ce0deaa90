import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { LIST_KEY } from '../../src/core/list/my-list.js';
import type { ResourceFinder, RfMyList, RfResourceCard } from '../../src/index.js';
import { listResources as resources } from '../data.js';
import { $$, $, fixture, seen, settled } from '../helpers.js';

/** The finder's "My list" part. */
const myList = (finder: Element) => $(finder, 'rf-my-list') as RfMyList;

describe('<resource-finder> my list', () => {
  afterEach(() => {
    localStorage.removeItem(LIST_KEY);
    document.querySelectorAll('iframe[data-rf-print]').forEach((f) => f.remove());
  });

  const cardOf = (el: ResourceFinder, id: string) =>
    $$<RfResourceCard>($(el, 'rf-results'), 'rf-resource-card').find((c) => c.resource!.id === id)!;

  it('saves resources to the list, in memory unless the host asks for storage', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${resources}></resource-finder>`,
    );
    await settled(el);
    const save = $(cardOf(el, 'pantry'), '[part="save"]');
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    save.click();
    await settled(el);
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(el.saved).to.deep.equal(['pantry']);
    const toggle = $(myList(el), '[part="list-toggle"]');
    expect(seen(toggle)).to.equal('My list (1)');
    toggle.click();
    await myList(el).updateComplete;
    const entry = $(myList(el), '#my-list rf-resource-card') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await entry.updateComplete;
    expect(seen($(entry, 'h3'))).to.equal('Community Pantry');
    expect(localStorage.getItem(LIST_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the list between visits with persist-list, and never in safe mode', async () => {
    const first = await mount<ResourceFinder>(
      html`<resource-finder persist-list .resources=${resources}></resource-finder>`,
    );
    await settled(first);
    $(cardOf(first, 'refuge'), '[part="save"]').click();
    await settled(first);
    expect(JSON.parse(localStorage.getItem(LIST_KEY)!)).to.deep.equal(['refuge']);
    const again = await mount<ResourceFinder>(
      html`<resource-finder persist-list .resources=${resources}></resource-finder>`,
    );
    await settled(again);
    expect(again.saved).to.deep.equal(['refuge']);

    localStorage.removeItem(LIST_KEY);
    const safe = await mount<ResourceFinder>(
      html`<resource-finder persist-list safe-mode .resources=${resources}></resource-finder>`,
    );
    await settled(safe);
    $(cardOf(safe, 'pantry'), '[part="save"]').click();
    await settled(safe);
    expect(safe.saved).to.deep.equal(['pantry']);
    expect(localStorage.length).to.equal(0);
  });

  it('prints a resource with a print stylesheet and nothing of the interface', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${resources}></resource-finder>`,
    );
    await settled(el);
    $(cardOf(el, 'pantry'), '[part="print"]').click();
    await waitUntil(() => document.querySelector('iframe[data-rf-print]'));
    const doc =
      document.querySelector<HTMLIFrameElement>('iframe[data-rf-print]')!.contentDocument!;
    // The print frame is laid out (off screen): what it shows is what is printed.
    expect(seen(doc.querySelector('h1')!)).to.equal('Community Pantry');
    const printed = seen(doc.body);
    expect(printed).to.contain('Phone: +44 161 000 0000 (Reception)');
    expect(printed).to.contain('Address: 1 Main Street, Manchester');
    expect(printed).to.contain('Opening hours: Monday 09:00–12:00');
    expect(doc.querySelectorAll('button, input, a, script').length).to.equal(0);
    // Its stylesheet is a constructed one (a strict CSP blocks a <style>), with the page's margins.
    const rules = doc.adoptedStyleSheets.flatMap((sheet) =>
      [...sheet.cssRules].map((r) => r.cssText),
    );
    expect(rules.some((rule) => rule.startsWith('@page'))).to.equal(true);
    expect(getComputedStyle(doc.querySelector('article')!).breakInside).to.equal('avoid');
  });

  it('prints and shares the list, without confidential addresses', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${resources}></resource-finder>`,
    );
    await settled(el);
    $(cardOf(el, 'pantry'), '[part="save"]').click();
    $(cardOf(el, 'refuge'), '[part="save"]').click();
    await settled(el);
    $(myList(el), '[part="list-toggle"]').click();
    await myList(el).updateComplete;
    // A social worker's note for the person, printed under the resource: kept in memory only.
    const note = $(myList(el), '#my-list textarea') as HTMLTextAreaElement;
    expect(seen(note.closest('label')!)).to.contain(
      'A note to print with it (never sent or saved)',
    );
    note.value = 'Ask for Sam, bring your letter';
    note.dispatchEvent(new Event('input'));
    const buttons = [...$(myList(el), '#my-list').querySelectorAll('button')];
    buttons.find((b) => seen(b) === 'Print the list')!.click();
    await waitUntil(() => document.querySelector('iframe[data-rf-print]'));
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-rf-print]')!;
    expect([...frame.contentDocument!.querySelectorAll('h1')].map(seen)).to.deep.equal([
      'Community Pantry',
      'Safe Refuge',
    ]);
    expect(seen(frame.contentDocument!.body)).not.to.contain('Hidden Road');
    expect(seen(frame.contentDocument!.querySelector('article')!)).to.contain(
      'Note: Ask for Sam, bring your letter',
    );
    // Not printed, and not in the printed document at all, even hidden.
    expect(frame.contentDocument!.body.innerHTML).not.to.contain('Hidden Road');

    buttons.find((b) => seen(b) === 'Share the list')!.click();
    await waitUntil(
      () => myList(el).shadowRoot!.querySelector('.list-share'),
      'no sharing options',
    );
    const share = $(myList(el), '.list-share');
    expect(share.querySelector<HTMLInputElement>('input')!.value).to.match(
      /rf-list=pantry%2Crefuge$/,
    );
    const mailto = decodeURIComponent(share.querySelector('a')!.getAttribute('href')!);
    expect(mailto).to.match(/^mailto:\?subject=Community resources&body=Community Pantry/);
    expect(mailto).not.to.contain('Hidden Road');
    expect(mailto).not.to.contain('Ask for Sam'); // the note is printed, never sent
    expect(localStorage.length).to.equal(0);
  });

  it('shares one resource by link or email', async () => {
    const el = await mount<ResourceFinder>(
      html`<resource-finder .resources=${resources}></resource-finder>`,
    );
    await settled(el);
    const card = cardOf(el, 'refuge');
    $(card, '[part="share-button"]').click();
    await waitUntil(() => card.shadowRoot!.querySelector('[part="share"]'), 'no sharing options');
    const panel = $(card, '[part="share"]');
    expect(panel.querySelector<HTMLInputElement>('input')!.value).to.contain('rf-resource=refuge');
    const mailto = decodeURIComponent(panel.querySelector('a')!.getAttribute('href')!);
    expect(mailto).to.contain('subject=Community resource: Safe Refuge');
    expect(mailto).to.contain('Phone: +44 161 000 9999');
    expect(mailto).not.to.contain('Hidden Road');
    expect(mailto).not.to.contain('Ask for Sam'); // the note is printed, never sent
    expect(localStorage.length).to.equal(0);
  });

  it('opens a list shared by link', async () => {
    const original = location.search;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${original}${original ? '&' : '?'}rf-list=refuge,pantry,unknown`,
    );
    try {
      const el = await mount<ResourceFinder>(
        html`<resource-finder src=${fixture('feed-small.json')}></resource-finder>`,
      );
      await settled(el);
      expect(el.saved).to.deep.equal([]); // none of those ids is in this feed
      const mine = await mount<ResourceFinder>(
        html`<resource-finder .resources=${resources}></resource-finder>`,
      );
      await settled(mine);
      expect(mine.saved).to.deep.equal(['refuge', 'pantry']);
      await myList(mine).updateComplete;
      expect($(myList(mine), '#my-list').hidden).to.equal(false);
    } finally {
      history.replaceState(history.state, '', `${location.pathname}${original}`);
    }
  });
});
