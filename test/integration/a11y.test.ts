// Every visitor: keyboard-only journey, focus management, target sizes and reflow at 200% zoom.
import { expect, fixture as mount, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ResourceFinder, RfFilters } from '../../src/index.js';
import { $, checkbox as checkboxIn, fixture, seen, seenDeep, settled } from '../helpers.js';

/** The element that has focus, through open shadow roots. */
function active(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

async function tabUntil(test: (el: HTMLElement) => boolean, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = active();
    if (el && test(el)) return el;
  }
  throw new Error(
    `not reached in ${max} presses of Tab; focus is on ${active()?.outerHTML.slice(0, 80)}`,
  );
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function finder(): Promise<ResourceFinder> {
  const el = await mount<ResourceFinder>(
    html`<resource-finder src=${fixture('feed-small.json')}></resource-finder>`,
  );
  await settled(el);
  return el;
}

describe('keyboard-only journey', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('goes from search to a filter to a resource’s details to its phone link, with real key presses', async () => {
    const el = await finder();
    const search = await tabUntil(
      (e) => e.localName === 'input' && e.getAttribute('type') === 'search',
    );
    expect(getComputedStyle(search).outlineStyle).not.to.equal('none');
    await sendKeys({ type: 'shelter' });
    await waitUntil(() => el.query === 'shelter');
    await settled(el);

    const box = await tabUntil((e) => e.getAttribute('type') === 'checkbox');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect((box as HTMLInputElement).checked).to.equal(true);
    // Focus stays on the filter (a second option can be ticked at once); the new count is said politely.
    expect(active()).to.equal(box);
    const live = $($(el, 'rf-results'), '[role="status"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => /\d+ resources?/.test(seen(live)), 'the new count was not announced');

    const toggle = await tabUntil((e) => e.getAttribute('part') === 'toggle');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');

    await shiftTab();
    let link = active();
    for (let i = 0; i < 6 && !link?.getAttribute('href')?.startsWith('tel:'); i++) {
      await shiftTab();
      link = active();
    }
    expect(link?.getAttribute('href')).to.match(/^tel:\+?\d+$/);
    expect(getComputedStyle(link!).outlineStyle).not.to.equal('none');
  });

  it('leaves focus on the sort control after sorting', async () => {
    const el = await finder();
    const select = await tabUntil((e) => e.localName === 'select');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(active()).to.equal(select);
    expect((select as HTMLSelectElement).value).to.equal('name');
  });
});

describe('filters on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('end with "Show results (N)", which closes them and takes the visitor to the results', async () => {
    await setViewport({ width: 375, height: 700 });
    const el = await finder();
    const filters = $(el, 'rf-filters');
    const show = $<HTMLButtonElement>(filters, '[part="show-results"]');
    expect(show.checkVisibility()).to.equal(false); // the panel is closed
    $(filters, '[part="toggle"]').click();
    await (filters as RfFilters).updateComplete;
    expect(seen(show)).to.equal('Show results (6 resources)');
    checkboxIn(filters, 'Free only').click();
    await settled(el);
    expect(seen(show)).to.match(/^Show results \(\d+ resources?\)$/);
    show.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(filters, '#groups').checkVisibility()).to.equal(false);
    const heading = $($(el, 'rf-results'), '#results-heading');
    expect(active()).to.equal(heading);
    const top = heading.getBoundingClientRect().top;
    expect(top).to.be.within(-1, innerHeight);
  });

  it('has no such button on a wide screen, where the results are beside them', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await finder();
    expect(
      $(el, 'rf-filters')
        .shadowRoot!.querySelector<HTMLElement>('[part="show-results"]')!
        .checkVisibility(),
    ).to.equal(false);
  });
});

describe('targets and reflow', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('makes every control at least 24 by 24 px', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await finder();
    const controls: HTMLElement[] = [];
    const collect = (root: ParentNode) => {
      for (const node of root.querySelectorAll<HTMLElement>('*')) {
        if (
          node.matches('button, input:not([type="hidden"]), select, textarea, a[href]') &&
          node.getClientRects().length
        )
          controls.push(node);
        if (node.shadowRoot) collect(node.shadowRoot);
      }
    };
    collect(el.shadowRoot!);
    expect(controls.length).to.be.greaterThan(20);
    const small = controls
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ c, r }) => `${c.outerHTML.slice(0, 60)} ${r.width}x${r.height}`);
    expect(small).to.deep.equal([]);
  });

  it('reflows at 200% zoom (640 CSS px): one column, filters behind a button, no sideways scrolling', async () => {
    await setViewport({ width: 640, height: 800 });
    const el = await finder();
    const toggle = $($(el, 'rf-filters'), '[part="toggle"]');
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(getComputedStyle($($(el, 'rf-filters'), '#groups')).display).to.equal('none');
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    toggle.click();
    await el.updateComplete;
    await $<RfFilters>(el, 'rf-filters').updateComplete;
    expect(getComputedStyle($($(el, 'rf-filters'), '#groups')).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});

describe('forced colours and reduced motion', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

  it('keeps buttons outlined and highlights visible with forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await finder();
    const button = $($($(el, 'rf-results'), 'rf-resource-card'), '[part="toggle"]');
    expect(getComputedStyle(button).borderStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('stops the loading spinner when motion is reduced', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = document.createElement('resource-finder');
    el.src = '/api/slow-feed?ms=1000';
    document.body.append(el);
    await el.updateComplete;
    const status = $(el, 'rf-feed-status') as HTMLElement & { updateComplete: Promise<boolean> };
    await status.updateComplete;
    expect(getComputedStyle($(status, '.spinner')).animationName).to.equal('none');
    el.remove();
  });
});

describe('axe in every state, in English and Arabic', () => {
  for (const lang of ['en', 'ar']) {
    it(`is clean loaded, with a card open, filters chosen, the list open and nothing matching (${lang})`, async () => {
      const el = await mount<ResourceFinder>(
        html`<resource-finder
          lang=${lang}
          src=${fixture('feed-odd.json')}
          show-problems
        ></resource-finder>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
      const results = $(el, 'rf-results');
      const card = results.shadowRoot!.querySelector('rf-resource-card')!;
      $(card, '[part="toggle"]').click();
      $(card, '[part="save"]').click();
      await settled(el);
      const filters = $<RfFilters>(el, 'rf-filters');
      filters.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settled(el);
      $($(el, 'rf-my-list'), '[part="list-toggle"]').click();
      await settled(el);
      await expect(el).to.be.accessible();
      el.query = 'zzqx nothing at all';
      await settled(el);
      expect(seenDeep(results.shadowRoot!)).to.match(lang === 'en' ? /Nothing matches/ : /\S/);
      await expect(el).to.be.accessible();
    });
  }
});
