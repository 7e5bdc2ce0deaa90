/**
 * A feed over a slow or broken connection: the timeout means "nothing is arriving", not "the download is long", the
 * visitor sees how much has arrived, and a stall ends in a clear message with Try again.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ResourceFinder, RfFeedErrorEvent, RfFeedLoadEvent } from '../../src/index.js';
import {
  $,
  deepActiveElement,
  feedStatus,
  settled,
  shownNames,
  statusText,
  watchStatus,
} from '../helpers.js';

afterEach(() => document.querySelectorAll('resource-finder').forEach((el) => el.remove()));

function finder(src: string, timeout: number): ResourceFinder {
  const el = document.createElement('resource-finder');
  el.timeout = timeout;
  el.src = src;
  document.body.append(el);
  return el;
}

describe('<resource-finder> on a slow connection', () => {
  it('loads a slow but steady feed that takes far longer than its timeout, showing what has arrived', async () => {
    // 8 pieces, 250 ms apart: 2 s in all, with a timeout of 600 ms.
    const el = finder('/api/steady-feed?size=60&chunks=8&every=250', 600);
    await el.updateComplete;
    const { said, stop } = watchStatus(el);
    const loaded = await oneEvent(el, 'rf-feed-load');
    stop();
    expect((loaded as RfFeedLoadEvent).detail.accepted).to.equal(60);
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Steady resource 0');
    const amounts = [...said].filter((t) =>
      /^Loading the directory… [\d.,]+ kB(, \d+ resources so far)?$/.test(t),
    );
    // Told as the bytes arrive, politely: a few times, not at every piece.
    expect(amounts.length, [...said].join(' | ')).to.be.within(1, 5);
  });

  it('gives up when the feed stops arriving before one whole record, says so with a Try again, and loads the next source', async () => {
    // 100 pieces: the first is shorter than one record.
    const el = finder('/api/stalled-feed?size=60&chunks=100&stall=3000', 300);
    const failed = (await oneEvent(el, 'rf-feed-error')) as RfFeedErrorEvent;
    expect(failed.detail.message).to.match(
      /^The feed stopped arriving: nothing came for 0\.3 s after \d+ bytes\.$/,
    );
    await settled(el);
    const alert = $(feedStatus(el), '[role="alert"]');
    expect(alert.innerText).to.contain('The directory took too long to answer.');
    expect(alert.innerText).to.contain('Nothing more arrived for 0.3 s.');
    expect($(feedStatus(el), '[role="alert"] button').innerText.trim()).to.equal('Try again');
    el.src = '/api/steady-feed?size=5&chunks=2&every=50';
    const loaded = await oneEvent(el, 'rf-feed-load');
    expect((loaded as RfFeedLoadEvent).detail.accepted).to.equal(5);
  });

  it('keeps the records that arrived before a stall, says what is missing, and offers to try again', async () => {
    // 8 pieces: the first holds a few whole records, then nothing comes.
    const el = finder('/api/stalled-feed?size=60&chunks=8&stall=3000', 300);
    const loaded = (await oneEvent(el, 'rf-feed-load')) as RfFeedLoadEvent;
    const kept = loaded.detail.accepted;
    expect(kept).to.be.within(1, 59);
    expect(loaded.detail.problems[0]!.message).to.match(
      /^The feed stopped arriving: nothing came for 0\.3 s after \d+ bytes\. Only the first \d+ records could be read; the rest is missing\.$/,
    );
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Steady resource 0');
    const notice = $(feedStatus(el), '[part="problems"]');
    expect(notice.innerText).to.contain(
      `The directory stopped arriving part-way: only its first ${kept} records arrived. Some resources are missing.`,
    );
    const retry = [...feedStatus(el).shadowRoot!.querySelectorAll('button')].find(
      (b) => b.innerText.trim() === 'Try again',
    );
    expect(retry, 'a Try again button').to.be.instanceOf(HTMLButtonElement);
    const again = oneEvent(el, 'rf-feed-load');
    el.timeout = 5000;
    retry!.click();
    expect(((await again) as RfFeedLoadEvent).detail.accepted).to.be.within(1, 59);
  });
});

describe('<resource-finder> when the connection drops', () => {
  it('keeps the whole records that arrived and says the rest is missing', async () => {
    const el = finder('/api/stalled-feed?size=60&chunks=4&drop=1', 5000);
    const loaded = (await oneEvent(el, 'rf-feed-load')) as RfFeedLoadEvent;
    expect(loaded.detail.accepted).to.be.within(1, 59);
    expect(loaded.detail.problems[0]!.message).to.match(
      /Only the first \d+ records could be read; the rest is missing\.$/,
    );
    await settled(el);
    expect(shownNames(el)).to.include('Steady resource 0');
    expect($(feedStatus(el), '[part="problems"]').innerText).to.contain(
      'The directory stopped arriving part-way',
    );
  });
});

describe('<resource-finder> stopped by the visitor', () => {
  const stopButton = async (status: HTMLElement) => {
    let stop: HTMLButtonElement | undefined;
    await waitUntil(
      () =>
        (stop = [...status.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.innerText.trim() === 'Stop loading',
        )),
      'no Stop loading button',
      { timeout: 4000 },
    );
    return stop!;
  };

  it('stops a load before anything arrived, keeps focus on what comes next, and loads again', async () => {
    const el = finder('/api/slow-feed?ms=3000', 5000);
    await el.updateComplete;
    const status = feedStatus(el);
    const stop = await stopButton(status);
    let loads = 0;
    el.addEventListener('rf-feed-load', () => (loads += 1));
    stop.focus();
    stop.click();
    await waitUntil(() => status.shadowRoot!.querySelector('[role="status"] .error-title'));
    await (status as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect($(status, '[role="status"]').innerText).to.contain('Loading the directory was stopped.');
    const again = deepActiveElement() as HTMLButtonElement;
    expect(again.innerText.trim()).to.equal('Load the directory');
    await new Promise((r) => setTimeout(r, 500));
    expect(loads).to.equal(0);
    const loaded = oneEvent(el, 'rf-feed-load');
    again.click();
    expect(((await loaded) as RfFeedLoadEvent).detail.accepted).to.equal(1);
  });

  it('moves focus from Stop loading to the results when loading ends there, rather than losing it', async () => {
    const el = finder('/api/steady-feed?size=30&chunks=6&every=300', 2000);
    await el.updateComplete;
    const stop = await stopButton(feedStatus(el));
    const loaded = oneEvent(el, 'rf-feed-load');
    stop.focus();
    await loaded;
    await settled(el);
    await waitUntil(() => deepActiveElement() !== document.body, 'focus was lost', {
      timeout: 3000,
    });
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.id).to.equal('results-heading');
    expect(focused.innerText.trim()).to.equal('Results');
  });

  it('shows the first records while the rest arrives, and keeps them when the visitor stops', async () => {
    const el = finder('/api/steady-feed?size=60&chunks=10&every=400', 2000);
    await el.updateComplete;
    // The first records are shown (and searchable) while loading goes on.
    await waitUntil(() => shownNames(el).length > 0, 'no results while loading', { timeout: 4000 });
    expect(shownNames(el)[0]).to.equal('Steady resource 0');
    const status = feedStatus(el);
    // …and the status says how many, within half a second (a polite region is not flooded).
    await waitUntil(() => /\d+ resources so far$/.test(statusText(el)), statusText(el), {
      timeout: 1500,
    });
    const stop = await stopButton(status);
    const loaded = oneEvent(el, 'rf-feed-load');
    stop.focus();
    stop.click();
    const kept = ((await loaded) as RfFeedLoadEvent).detail.accepted;
    expect(kept).to.be.within(1, 59);
    await settled(el);
    expect(shownNames(el)[0]).to.equal('Steady resource 0');
    expect($(status, '[part="problems"]').innerText).to.contain(
      `Loading was stopped: the first ${kept} records are shown.`,
    );
    await (status as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const again = deepActiveElement() as HTMLButtonElement;
    expect(again.innerText.trim()).to.equal('Load the directory');
    const all = oneEvent(el, 'rf-feed-load');
    again.click();
    expect(((await all) as RfFeedLoadEvent).detail.accepted).to.equal(60);
  });

  it('keeps the results, the filters and the visitor’s focus when the rest of the feed has arrived', async () => {
    const el = finder('/api/steady-feed?size=60&chunks=6&every=300', 2000);
    await el.updateComplete;
    await waitUntil(() => shownNames(el).length > 0, 'no results while loading', { timeout: 4000 });
    const results = $(el, 'rf-results');
    const filters = $(el, 'rf-filters');
    const box = results.shadowRoot!.querySelector<HTMLSelectElement>('select')!; // Sort by
    box.focus();
    await oneEvent(el, 'rf-feed-load');
    await settled(el);
    // The same elements, not new ones: focus and what the visitor was doing stay where they were.
    expect($(el, 'rf-results') === results).to.equal(true);
    expect($(el, 'rf-filters') === filters).to.equal(true);
    expect(deepActiveElement() === box).to.equal(true);
  });
});
